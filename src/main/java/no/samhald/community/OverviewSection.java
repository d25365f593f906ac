package no.samhald.community;

import java.util.Map;
import java.util.Optional;

/**
 * A section another module adds to a community's front page, the way a {@code NavigationLink}
 * adds a menu entry: the community module need not know the modules that build on it.
 */
public interface OverviewSection {

	/** What to show the current reader of the community's front page, or nothing. */
	Optional<Content> contentFor(Community community);

	/**
	 * The Thymeleaf template and the fragment in it to render (for example {@code "work/overdue"} and
	 * {@code "overdue-summary"}), and the values it reads as {@code section.model}.
	 */
	record Content(String template, String fragment, Map<String, Object> model) {
	}

}

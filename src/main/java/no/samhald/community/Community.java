package no.samhald.community;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A helsefellesskap on this installation, addressed by its slug ({@code sogn-og-fjordane}). */
public record Community(@Id Long id, String slug, String name, String shortName, String description,
		@Version int version) {

	public static Community create(String slug, String name, String shortName, String description) {
		return new Community(null, slug, name, shortName, description, 0);
	}

	/** A controller's redirect to a page of this community: {@code redirectTo("/forums/7?saved")}. */
	public String redirectTo(String path) {
		return "redirect:/" + slug + path;
	}

}

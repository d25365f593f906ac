package no.samhald.community;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A helsefellesskap on this installation, addressed by its slug ({@code sogn-og-fjordane}). Its
 * {@code language} (nn, nb or en) is the written language of its pages and documents until a
 * reader chooses another.
 */
public record Community(@Id Long id, String slug, String name, String shortName, String description,
		String language, @Version int version) {

	public static Community create(String slug, String name, String shortName, String description, String language) {
		return new Community(null, slug, name, shortName, description, language, 0);
	}

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}

	/** A controller's redirect to a page of this community: {@code redirectTo("/forums/7?saved")}. */
	public String redirectTo(String path) {
		return "redirect:/" + slug + path;
	}

}

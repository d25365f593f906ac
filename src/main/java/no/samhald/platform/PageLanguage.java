package no.samhald.platform;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a page is written in when the reader has not chosen one ({@code ?lang=}, kept in a
 * cookie, always wins). Nynorsk, unless a module that knows who owns the page says otherwise: the
 * community module answers with the community's language (Vestfold writes Bokmål). Asked once at
 * the start of every request, so an answer must be cheap.
 */
public interface PageLanguage {

	Locale NYNORSK = Locale.forLanguageTag("nn");

	/** The default language of the page this request asks for, if this source knows it. */
	Optional<Locale> of(HttpServletRequest request);

}

package no.samhald.community.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.platform.PageLanguage;

/** A community's pages and API answers are in its language: {@code /vestfold/…} in Bokmål. */
@Component
record CommunityPageLanguage(Communities communities) implements PageLanguage {

	private static final Pattern COMMUNITY_PATH = Pattern.compile("^/(?:api/v1/communities/)?([a-z][a-z0-9-]+)(?:/.*)?$");

	@Override
	public Optional<Locale> of(HttpServletRequest request) {
		var path = COMMUNITY_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return path.matches() ? communities.languageOf(path.group(1)) : Optional.empty();
	}

}

package no.samhald.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on what clients fetch again and again unchanged: calendar feeds (a calendar program
 * asks every few minutes), the JSON API, and the pages a visitor reads without signing in. The
 * tag is a hash of the answer, so a client that sends it back gets 304 without the body; the
 * answer is still made, but not sent (#11).
 * <p>
 * Pages of a session (signed in, or a visitor's sign-in form) carry a per-session form token and
 * keep Spring Security's {@code no-store}; a page read without a session has none, so it is marked
 * {@code private, no-cache}: the browser may keep it but asks each time, and shared caches keep none.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		var etags = new HashedAnswers();
		// Weak: Tomcat never gzips an answer with a strong ETag (the tag would then be wrong).
		etags.setWriteWeakETag(true);
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(etags);
		registration.addUrlPatterns("/*");
		// Outside the kept public answers (PublicAnswers), which are tagged like any other.
		registration.setOrder(PublicAnswers.ORDER - 1);
		return registration;
	}

	/** Which answers get a tag, and a hash that costs little even for a 300 KB JSON list. */
	static class HashedAnswers extends ShallowEtagHeaderFilter {

		/** The filter holds the whole answer in memory: only for what may get a tag. */
		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"GET".equals(request.getMethod()) || !(isFeedOrApi(request) || request.getUserPrincipal() == null);
		}

		/**
		 * A page read without a session holds nothing of one (no form token, no person): the sign-in
		 * page, which has a form, makes a session and keeps {@code no-store}, so the back button never
		 * shows an old form token.
		 */
		private static boolean isWithoutSession(HttpServletRequest request) {
			return request.getUserPrincipal() == null && request.getSession(false) == null;
		}

		@Override
		protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
				InputStream body) {
			boolean feedOrApi = isFeedOrApi(request);
			boolean visitorsPage = isWithoutSession(request) && isHtml(response.getContentType());
			if (!(feedOrApi || visitorsPage) || !super.isEligibleForEtag(request, response, status, body)) {
				return false;
			}
			if (visitorsPage && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				// Set before the answer is committed, so Spring Security's no-store is not added.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			}
			return true;
		}

		private static boolean isFeedOrApi(HttpServletRequest request) {
			String path = request.getRequestURI();
			return path.endsWith(".ics") || path.startsWith("/api/v1/");
		}

		private static boolean isHtml(String contentType) {
			return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
		}

		/**
		 * Two checksums (64 bits) and the length instead of MD5: MD5 of the unpaged meetings API
		 * (900 meetings) was half its time. A tag only has to change when the answer does.
		 */
		@Override
		protected String generateETagHeaderValue(InputStream body, boolean weak) throws IOException {
			var crc32c = new CRC32C();
			var crc32 = new CRC32();
			byte[] buffer = new byte[8192];
			long length = 0;
			for (int read; (read = body.read(buffer)) > 0; length += read) {
				crc32c.update(buffer, 0, read);
				crc32.update(buffer, 0, read);
			}
			String hash = "%08x%08x%x".formatted(crc32c.getValue(), crc32.getValue(), length);
			return (weak ? "W/\"" : "\"") + hash + "\"";
		}

	}

}

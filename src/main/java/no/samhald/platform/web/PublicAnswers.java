package no.samhald.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import no.samhald.platform.db.DatabaseWrites;

/**
 * What anyone may read without signing in (pages and the JSON API, asked for without a session,
 * a token or a session cookie) is made once and then served from memory to the next visitors
 * (#11): a page took 1–60 ms of CPU to make, the stylesheet 0.3 ms. An answer is kept only while
 * nothing has been written to the database since it was begun ({@link DatabaseWrites}: any
 * insert, update or delete by any module, committed or not) and at most
 * {@code samhald.public-answers.max-age} (default 5 s; 0 turns this off), for what changes with
 * the clock alone (a meeting that has begun, a deadline passed). A signed-in person, or anyone
 * with a session (a form token), never gets a kept answer, and theirs is never kept. With several
 * nodes, a write on one is seen by the others' visitors within the max-age.
 * <p>
 * Inside the ETag filter, so a kept answer still gets its ETag and 304.
 */
@Configuration(proxyBeanMethods = false)
class PublicAnswers {

	static final int ORDER = Ordered.LOWEST_PRECEDENCE;

	@Bean
	FilterRegistrationBean<KeptAnswers> publicAnswerCache(DatabaseWrites writes,
			@Value("${samhald.public-answers.max-age:5s}") Duration maxAge) {
		var registration = new FilterRegistrationBean<>(new KeptAnswers(writes, maxAge));
		registration.addUrlPatterns("/*");
		registration.setOrder(ORDER);
		return registration;
	}

	/** One kept answer: what the page's own code set (status 200), and when and after which write it was made. */
	private record Kept(long writes, long madeAt, String contentType, Locale locale, List<String[]> headers,
			byte[] body) {

		void replay(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setLocale(locale);
			response.setContentType(contentType);
			for (String[] header : headers) {
				response.addHeader(header[0], header[1]);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

	static class KeptAnswers extends OncePerRequestFilter {

		/** Bounds the memory (query strings make new keys): a page is 5–100 KB, the whole meetings API 300 KB. */
		private static final int MAX_ANSWERS = 1000;

		private static final long MAX_BYTES = 32L << 20;

		private static final int MAX_BODY = 1 << 20;

		/** The bodies' bytes kept, roughly (counted again whenever old answers are dropped). */
		private final AtomicLong bytes = new AtomicLong();

		private final Map<String, Kept> answers = new ConcurrentHashMap<>();

		private final DatabaseWrites writes;

		private final long maxAgeNanos;

		KeptAnswers(DatabaseWrites writes, Duration maxAge) {
			this.writes = writes;
			this.maxAgeNanos = maxAge.toNanos();
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return maxAgeNanos <= 0 || !isAnonymousRead(request);
		}

		/**
		 * Read by anyone: a GET without credentials or any cookie but the language's (so no session),
		 * and no htmx request (which may get a part of a page).
		 */
		private static boolean isAnonymousRead(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
					|| request.getHeader("HX-Request") != null || request.getUserPrincipal() != null
					|| request.getRequestURI().startsWith("/actuator")) {
				return false;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (!LocaleConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
						return false;
					}
				}
			}
			return true;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String key = key(request);
			long writesBefore = writes.count();
			Kept kept = answers.get(key);
			if (kept != null && kept.writes() == writesBefore && System.nanoTime() - kept.madeAt() < maxAgeNanos) {
				kept.replay(response);
				return;
			}
			long madeAt = System.nanoTime();
			var headersBefore = new HashSet<>(response.getHeaderNames());
			var recorded = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, recorded);
			if (isForAnyone(request, recorded) && writes.count() == writesBefore) {
				keep(key, new Kept(writesBefore, madeAt, recorded.getContentType(), recorded.getLocale(),
						headersSetBy(recorded, headersBefore), recorded.getContentAsByteArray()));
			}
			recorded.copyBodyToResponse();
		}

		/** Everything the answer may depend on besides the data: the address, the language cookie, what is accepted. */
		private static String key(HttpServletRequest request) {
			var key = new StringBuilder(request.getRequestURL());
			if (request.getQueryString() != null) {
				key.append('?').append(request.getQueryString());
			}
			Cookie[] cookies = request.getCookies();
			key.append('|').append(cookies == null ? "" : cookies[0].getValue());
			key.append('|').append(request.getHeader(HttpHeaders.ACCEPT));
			key.append('|').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
			return key.toString();
		}

		/** A whole page or JSON answer that made no session and set no cookie. */
		private static boolean isForAnyone(HttpServletRequest request, ContentCachingResponseWrapper response) {
			String type = response.getContentType();
			return response.getStatus() == HttpServletResponse.SC_OK && type != null
					&& (MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(type))
							|| MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type)))
					&& request.getSession(false) == null && !response.containsHeader(HttpHeaders.SET_COOKIE)
					&& response.getContentSize() <= MAX_BODY;
		}

		private static List<String[]> headersSetBy(HttpServletResponse response, HashSet<String> before) {
			var headers = new ArrayList<String[]>();
			for (String name : response.getHeaderNames()) {
				if (!before.contains(name) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
						&& !HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name)
						&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
					response.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
				}
			}
			return List.copyOf(headers);
		}

		private void keep(String key, Kept answer) {
			if (answers.size() >= MAX_ANSWERS || bytes.get() + answer.body().length > MAX_BYTES) {
				long now = System.nanoTime();
				answers.values().removeIf(old -> old.writes() != answer.writes() || now - old.madeAt() >= maxAgeNanos);
				if (answers.size() >= MAX_ANSWERS || sizeOfBodies() + answer.body().length > MAX_BYTES) {
					answers.clear();
				}
				bytes.set(sizeOfBodies());
			}
			Kept replaced = answers.put(key, answer);
			bytes.addAndGet(answer.body().length - (replaced == null ? 0 : replaced.body().length));
		}

		private long sizeOfBodies() {
			return answers.values().stream().mapToLong(kept -> kept.body().length).sum();
		}

	}

}

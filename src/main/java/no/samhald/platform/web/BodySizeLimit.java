package no.samhald.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every request body has a limit, checked before anything reads it (security's CSRF check reads
 * form fields first): uploads the multipart limit, forms Tomcat's form limit, everything else
 * (JSON, a raw JSON-stat import) {@code samhald.max-body-size}. A body over its limit gets 413
 * with a sentence in the caller's language (the error page, or problem details on the API),
 * never a 500 or a silently emptied form. A body of unknown length is counted as it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimit extends OncePerRequestFilter {

	private final long uploadLimit;

	private final long formLimit;

	private final long bodyLimit;

	private final MessageSource messages;

	private final LocaleResolver locales;

	BodySizeLimit(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
			@Value("${samhald.max-body-size:20MB}") DataSize bodyLimit, MessageSource messages, LocaleResolver locales) {
		this.uploadLimit = uploadLimit.toBytes();
		this.formLimit = formLimit.toBytes();
		this.bodyLimit = bodyLimit.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request.getContentType());
		long length = request.getContentLengthLong();
		if (length > limit) {
			tooLarge(request, response);
			return;
		}
		boolean counted = length < 0 && limit == bodyLimit && request.getHeader("Transfer-Encoding") != null;
		chain.doFilter(counted ? new CountedBody(request, limit) : request, response);
	}

	private long limitFor(String contentType) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return uploadLimit;
		}
		if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			return formLimit;
		}
		return bodyLimit;
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		// The body is not read, so the connection cannot carry another request.
		response.setHeader("Connection", "close");
		if (!request.getRequestURI().startsWith("/api/")) {
			errorPage(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error.status.413", null, locale);
		String detail = messages.getMessage("error.explain.413", null, locale);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":413,\"detail\":\""
				+ json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
		response.flushBuffer();
	}

	/**
	 * The error page, shown without the body: a plain sendError would let the error page read the
	 * form fields, and Tomcat, finding the form too large, would answer with its own page instead.
	 */
	private static void errorPage(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		var withoutBody = new QueryOnly(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** Thrown while reading a body of unknown length past the limit; {@link ErrorHandling} answers 413. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("Request body larger than " + limit + " bytes");
		}

	}

	/** The request as far as its address goes: parameters from the query string only, no body. */
	private static final class QueryOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		QueryOnly(HttpServletRequest request) {
			super(request);
			UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
				.forEach((name, values) -> parameters.put(decode(name),
						values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
		}

		private static String decode(String text) {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}

		/** A GET, so that the error page is shown without a CSRF check of a form never read. */
		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new IOException("The body of a request over its size limit is not read");
		}

	}

	/** A request whose body stream fails once more than the limit has been read. */
	private static final class CountedBody extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream counted;

		CountedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountingStream(super.getInputStream(), limit);
			}
			return counted;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}

package no.samhald.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on what clients fetch again and again unchanged: calendar feeds (a calendar program
 * asks every few minutes) and the JSON API. The tag is a hash of the answer, so a client that
 * sends it back gets 304 without the body; the answer is still made, but not sent (#11).
 * Pages carry a per-session form token and PDFs a creation time, so they would never match.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		var etags = new ShallowEtagHeaderFilter();
		// Weak: Tomcat never gzips an answer with a strong ETag (the tag would then be wrong).
		etags.setWriteWeakETag(true);
		var registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("*.ics", "/api/v1/*");
		return registration;
	}

}

package no.samhald.platform.web;

import java.util.HashMap;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (403 from security, unknown paths) render the same
 * error page. The original request's {community} path variable would otherwise reach the
 * layout as a plain string, so the page is shown without the community menu.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	@Bean
	ErrorViewResolver errorViewResolver() {
		return (request, status, model) -> {
			var values = new HashMap<String, Object>(model);
			values.put("community", null);
			return new ModelAndView("error", values, status);
		};
	}

}

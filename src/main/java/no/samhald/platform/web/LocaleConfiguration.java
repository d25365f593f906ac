package no.samhald.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import no.samhald.platform.PageLanguage;

/**
 * The page's own language by default ({@link PageLanguage}: Nynorsk or the community's);
 * {@code ?lang=nb|en|nn} switches on any page and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "samhald-lang";

	@Bean
	LocaleResolver localeResolver(ObjectProvider<PageLanguage> pageLanguages) {
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocaleFunction(request -> pageLanguages.orderedStream()
			.flatMap(language -> language.of(request).stream())
			.findFirst()
			.orElse(PageLanguage.NYNORSK));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}

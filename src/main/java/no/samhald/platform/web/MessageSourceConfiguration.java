package no.samhald.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code messages/}: every {@code messages/<module>.properties}
 * found on the class path is a base name, so a module brings its texts without registering them.
 * The file without a language suffix is Nynorsk, the default.
 * <p>
 * All bundles of a language are merged into one table, read once and kept: a message is then one
 * lookup, where a bundle per base name looked in each of the ≈23 bundles in turn (and their
 * parents) until one held the code, for every message of every page (#11). As before, the first
 * base name in alphabetical order that holds a code wins, and a language's own file before the default.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		String[] baseNames = Arrays.stream(files)
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.filter(name -> !name.contains("_"))
			.map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.toArray(String[]::new);
		// Kept for good (the default cache time, -1), which is what makes the merged table used.
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(baseNames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}

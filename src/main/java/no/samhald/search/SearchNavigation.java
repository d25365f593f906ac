package no.samhald.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The search page, with its filters per kind and year, last among the knowledge links of the menu. */
@Configuration(proxyBeanMethods = false)
class SearchNavigation {

	@Bean
	NavigationLink searchLink() {
		return new NavigationLink("nav.search", "search", 95, NavigationGroup.KNOWLEDGE);
	}

}

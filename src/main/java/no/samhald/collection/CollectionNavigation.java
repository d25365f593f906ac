package no.samhald.collection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The data collections in the community menu. */
@Configuration(proxyBeanMethods = false)
class CollectionNavigation {

	@Bean
	NavigationLink collectionsLink() {
		return new NavigationLink("nav.collections", "collections", 65, NavigationGroup.KNOWLEDGE);
	}

}

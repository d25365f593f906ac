package no.samhald.insight;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The knowledge base in the community menu. */
@Configuration(proxyBeanMethods = false)
class InsightNavigation {

	@Bean
	NavigationLink insightLink() {
		return new NavigationLink("nav.insight", "insight", 30, NavigationGroup.KNOWLEDGE);
	}

}

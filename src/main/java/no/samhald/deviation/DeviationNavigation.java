package no.samhald.deviation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The deviation pages in the community menu. */
@Configuration(proxyBeanMethods = false)
class DeviationNavigation {

	@Bean
	NavigationLink deviationsLink() {
		return new NavigationLink("nav.deviations", "deviations", 60, NavigationGroup.KNOWLEDGE);
	}

}

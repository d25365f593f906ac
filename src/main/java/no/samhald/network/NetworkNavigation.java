package no.samhald.network;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The learning network in the community menu, after the events. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

	@Bean
	NavigationLink networkLink() {
		return new NavigationLink("nav.network", "network", 71, NavigationGroup.COOPERATION);
	}

}

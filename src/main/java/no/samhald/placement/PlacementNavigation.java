package no.samhald.placement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;
import no.samhald.platform.PublicWritePath;

/** The placement pages in the community menu; a doctor sends their wishes through their link, without signing in. */
@Configuration(proxyBeanMethods = false)
class PlacementNavigation {

	@Bean
	NavigationLink placementLink() {
		return new NavigationLink("nav.placement", "placement-rounds", 72, NavigationGroup.COOPERATION);
	}

	@Bean
	PublicWritePath placementWishes() {
		return new PublicWritePath("/*/placement-wishes/*");
	}

}

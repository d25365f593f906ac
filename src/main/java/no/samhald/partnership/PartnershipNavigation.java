package no.samhald.partnership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The partnership pages in the community menu. */
@Configuration(proxyBeanMethods = false)
class PartnershipNavigation {

	@Bean
	NavigationLink structureLink() {
		return new NavigationLink("nav.structure", "structure", 10, NavigationGroup.COOPERATION);
	}

	@Bean
	NavigationLink forumsLink() {
		return new NavigationLink("nav.forums", "forums", 20, NavigationGroup.COOPERATION);
	}

	@Bean
	NavigationLink partnersLink() {
		return new NavigationLink("nav.partners", "partners", 80, NavigationGroup.COOPERATION);
	}

	@Bean
	NavigationLink peopleLink() {
		return new NavigationLink("nav.people", "people", 90, NavigationGroup.COOPERATION);
	}

}

package no.samhald.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The agreements in the community menu. */
@Configuration(proxyBeanMethods = false)
class AgreementNavigation {

	@Bean
	NavigationLink agreementsLink() {
		return new NavigationLink("nav.agreements", "agreements", 55, NavigationGroup.PLANS);
	}

}

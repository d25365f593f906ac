package no.samhald.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The grants in the community menu. */
@Configuration(proxyBeanMethods = false)
class FundingNavigation {

	@Bean
	NavigationLink fundingLink() {
		return new NavigationLink("nav.funding", "funding", 75, NavigationGroup.PLANS);
	}

}

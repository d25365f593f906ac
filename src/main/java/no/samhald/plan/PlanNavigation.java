package no.samhald.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The plans page in the community menu. */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	@Bean
	NavigationLink plansLink() {
		return new NavigationLink("nav.plans", "plans", 40, NavigationGroup.PLANS);
	}

}

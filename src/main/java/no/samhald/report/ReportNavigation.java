package no.samhald.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The reports page in the community menu. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

	@Bean
	NavigationLink reportsLink() {
		return new NavigationLink("nav.reports", "reports", 85, NavigationGroup.KNOWLEDGE);
	}

}

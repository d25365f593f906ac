package no.samhald.consultation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The consultation rounds in the community menu. */
@Configuration(proxyBeanMethods = false)
class ConsultationNavigation {

	@Bean
	NavigationLink consultationLink() {
		return new NavigationLink("nav.consultations", "consultations", 78, NavigationGroup.PLANS);
	}

}

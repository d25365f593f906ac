package no.samhald.project;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** The projects page in the community menu. */
@Configuration(proxyBeanMethods = false)
class ProjectNavigation {

	@Bean
	NavigationLink projectsLink() {
		return new NavigationLink("nav.projects", "projects", 50, NavigationGroup.PLANS);
	}

}

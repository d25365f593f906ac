package no.samhald.meeting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/** Meetings in the community menu, right after the forums that hold them. */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {

	@Bean
	NavigationLink meetingsLink() {
		return new NavigationLink("nav.meetings", "meetings", 25, NavigationGroup.COOPERATION);
	}

}

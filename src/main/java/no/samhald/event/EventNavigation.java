package no.samhald.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;
import no.samhald.platform.PublicWritePath;

/** The events in the community menu, and the forms the public may send. */
@Configuration(proxyBeanMethods = false)
class EventNavigation {

	@Bean
	NavigationLink eventsLink() {
		return new NavigationLink("nav.events", "events", 70, NavigationGroup.COOPERATION);
	}

	/** Anyone may register for an event, and confirm and cancel with the links in the mail. */
	@Bean
	PublicWritePath registration() {
		return new PublicWritePath("/*/events/*/registrations");
	}

	@Bean
	PublicWritePath cancellation() {
		return new PublicWritePath("/*/events/cancel/*");
	}

	@Bean
	PublicWritePath confirmation() {
		return new PublicWritePath("/*/events/confirm/*");
	}

}

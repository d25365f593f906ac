package no.samhald.invitation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.platform.PublicWritePath;

/** The invited person, not yet signed in, accepts through the forms of the invitation page. */
@Configuration(proxyBeanMethods = false)
class InvitationNavigation {

	@Bean
	PublicWritePath acceptWithNewAccount() {
		return new PublicWritePath("/invitations/*");
	}

	@Bean
	PublicWritePath acceptWithExistingAccount() {
		return new PublicWritePath("/invitations/*/existing");
	}

	@Bean
	PublicWritePath acceptWithProvider() {
		return new PublicWritePath("/invitations/*/providers/*");
	}

}

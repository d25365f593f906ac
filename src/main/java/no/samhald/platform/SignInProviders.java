package no.samhald.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured with Spring's standard properties
 * ({@code spring.security.oauth2.client.registration.<id>.*}); none on a small installation or
 * the demo, where sign-in is by password only.
 */
@Component
public class SignInProviders {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	/** The configured providers in the order of their registration ids. */
	public List<Provider> all() {
		var providers = new ArrayList<Provider>();
		if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
			configured.forEach(registration -> {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider(client.getRegistrationId(), client.getClientName(),
							client.getProviderDetails().getIssuerUri()));
				}
			});
		}
		providers.sort(java.util.Comparator.comparing(Provider::registrationId));
		return providers;
	}

	public boolean any() {
		return !all().isEmpty();
	}

	/**
	 * A provider: its registration id (also the path {@code /oauth2/authorization/<id>}), its
	 * configured name and its issuer (null when configured without one).
	 */
	public record Provider(String registrationId, String clientName, String issuer) {

		public String signInPath() {
			return "/oauth2/authorization/" + registrationId;
		}

	}

}

package no.samhald;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server), registered in
 * {@link SamhaldTest}'s properties as {@code ansattporten}, on port 3201 or
 * {@code SAMHALD_TEST_OIDC_PORT}, or on a free port when that one is taken (parallel test runs on
 * one machine); the port reaches the properties as {@code samhald.test.oidc-port}. Started once
 * per JVM by this initializer, before the shared context (whose client registration reads the
 * provider's discovery document at start), whichever test class comes first. Without a queued
 * identity it signs in a random subject without e-mail.
 */
public final class TestOidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String REGISTRATION_ID = "ansattporten";

	private static MockOAuth2Server server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testOidcProvider",
				Map.of("samhald.test.oidc-port", server().baseUrl().port())));
	}

	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			server = startOn(preferredPort());
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
		}
		return server;
	}

	private static MockOAuth2Server startOn(int port) {
		var started = new MockOAuth2Server();
		try {
			started.start(port);
			return started;
		}
		catch (Exception taken) {
			var elsewhere = new MockOAuth2Server();
			elsewhere.start(0);
			return elsewhere;
		}
	}

	private static int preferredPort() {
		String configured = System.getenv("SAMHALD_TEST_OIDC_PORT");
		return configured == null || configured.isBlank() ? 3201 : Integer.parseInt(configured);
	}

	/** The issuer as the application sees it (the {@code iss} of its tokens). */
	public static String issuer() {
		return server().issuerUrl(REGISTRATION_ID).toString();
	}

	/** The next sign-in at the provider is of this subject with these claims (in the ID token). */
	public static void nextSignIn(String subject, Map<String, Object> claims) {
		server().enqueueCallback(new DefaultOAuth2TokenCallback(REGISTRATION_ID, subject, "JWT", List.of("samhald-test"),
				claims, 3600));
	}

}

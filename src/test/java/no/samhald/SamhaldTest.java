package no.samhald;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded, throw-away) PostgreSQL with the demo data, on a
 * random port, mail to a GreenMail SMTP server on port 3025 (or {@code SAMHALD_TEST_SMTP_PORT}) where a test starts one with {@link TestSmtp}, and one sign-in provider ({@code ansattporten}, a real
 * OpenID Connect provider in the test JVM, {@link TestOidcProvider}). The schedules (mail outbox, reminders) are off: a test runs a job itself, so that no mail of one test arrives in another's server. Every integration and browser test uses exactly this, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "samhald.db.data-dir=", "samhald.demo-data=true", "spring.mail.host=localhost",
				"spring.mail.port=${SAMHALD_TEST_SMTP_PORT:3025}", "samhald.schedules=false",
				"spring.security.oauth2.client.registration.ansattporten.client-id=samhald-test",
				"spring.security.oauth2.client.registration.ansattporten.client-secret=samhald-test-secret",
				"spring.security.oauth2.client.registration.ansattporten.scope=openid,profile,email",
				"spring.security.oauth2.client.provider.ansattporten.issuer-uri=http://localhost:${samhald.test.oidc-port}/ansattporten" })
@ContextConfiguration(initializers = TestOidcProvider.class)
public @interface SamhaldTest {
}

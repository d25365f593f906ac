package no.samhald.platform.security;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import no.samhald.platform.AuditLog;
import no.samhald.platform.DemoData;

/**
 * An installation without demo data gets its first administrator from the operator, never from
 * a password printed in the README: {@code SAMHALD_ADMIN_PASSWORD} sets it at start; otherwise
 * a one-time link in the log leads to a page where the operator chooses name and password. Once
 * an administrator who can sign in exists, nothing happens here.
 */
@Component
@Order(6)
record FirstAdministrator(DemoData demoData, Accounts accounts, SetupLinks links, AuditLog audit,
		Environment environment, @Value("${samhald.admin-password:}") String password,
		@Value("${samhald.admin-username:admin}") String username) implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled() || accounts.hasAdministratorWhoCanSignIn()) {
			return;
		}
		if (!password.isEmpty()) {
			setFromEnvironment();
		}
		else {
			printSetupLink();
		}
	}

	private void setFromEnvironment() {
		if (password.length() < 12 || password.getBytes(StandardCharsets.UTF_8).length > BcryptLength.MAX_BYTES
				|| DemoPasswords.isDemoPassword(password)) {
			throw new IllegalStateException("SAMHALD_ADMIN_PASSWORD must have 12 characters or more, at most "
					+ BcryptLength.MAX_BYTES + " bytes, and must not be a demo password");
		}
		accounts.setAdministratorPassword(username, password);
		audit.record(null, "account.firstAdministrator", "account " + username, "SAMHALD_ADMIN_PASSWORD");
		log.info("The administrator {} signs in with the password in SAMHALD_ADMIN_PASSWORD", username);
	}

	private void printSetupLink() {
		String link = baseUrl() + "/setup/" + links.issue();
		log.warn("""

				*** Samhald has no administrator yet. Open this one-time link within {} hours to choose the
				*** first administrator's name and password (or set SAMHALD_ADMIN_PASSWORD and restart):
				***   {}
				""", SetupLinks.VALIDITY.toHours(), link);
	}

	private String baseUrl() {
		String configured = environment.getProperty("samhald.base-url", "");
		if (!configured.isBlank()) {
			return configured.replaceAll("/+$", "");
		}
		return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

}

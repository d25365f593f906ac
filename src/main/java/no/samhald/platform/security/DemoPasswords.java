package no.samhald.platform.security;

import java.util.Set;

import org.springframework.validation.BindingResult;

/**
 * The passwords of the demo accounts, printed in the README and so known to everyone: they sign
 * in only in demo mode, and no administrator gets one outside it.
 */
final class DemoPasswords {

	static final String ADMINISTRATOR = "samhald-admin";

	static final String OTHERS = "samhald-demo";

	private static final Set<String> ALL = Set.of(ADMINISTRATOR, OTHERS);

	private DemoPasswords() {
	}

	static boolean isDemoPassword(Object rawPassword) {
		return rawPassword instanceof String password && ALL.contains(password);
	}

	/** Refuses a demo password as a new password, beside its field. */
	static void rejectAsNewPassword(BindingResult result, String field, String password) {
		if (!result.hasFieldErrors(field) && isDemoPassword(password)) {
			result.rejectValue(field, "account.password.demo");
		}
	}

	static Set<String> all() {
		return ALL;
	}

}

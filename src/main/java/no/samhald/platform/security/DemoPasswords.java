package no.samhald.platform.security;

import java.util.Set;

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

	static Set<String> all() {
		return ALL;
	}

}

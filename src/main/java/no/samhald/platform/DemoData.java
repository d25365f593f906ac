package no.samhald.platform;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each named piece of demo data once per database: the loader runs in a transaction with
 * the marker that it ran, so a restart, or a second instance, never duplicates anything.
 *
 * <p>Demo mode is on for the default run on the embedded database and off when an external
 * database is configured ({@code spring.datasource.url}), since there the demo accounts would
 * be known passwords on a real installation; {@code samhald.demo-data=true} or {@code false}
 * decides explicitly. Outside demo mode no demo password signs in.
 */
@Component
public class DemoData {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	DemoData(JdbcClient jdbc, TransactionTemplate transactions, Environment environment) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.enabled = enabledIn(environment);
	}

	static boolean enabledIn(Environment environment) {
		String asked = environment.getProperty("samhald.demo-data");
		if (asked != null && !asked.isBlank()) {
			return Boolean.parseBoolean(asked.strip());
		}
		String externalDatabase = environment.getProperty("spring.datasource.url");
		return externalDatabase == null || externalDatabase.isBlank();
	}

	/** Whether this installation runs as a demo, with the demo data and the demo accounts. */
	public boolean enabled() {
		return enabled;
	}

	/**
	 * Runs the loader unless demo data is off or a loader with this key already ran. The loader
	 * acts as the installation itself (an administrator named "demo"), so that it may call the
	 * module services, which check access themselves.
	 */
	public void loadOnce(String key, Runnable loader) {
		if (!enabled) {
			return;
		}
		var outer = SecurityContextHolder.getContext();
		var installation = new SignedInUser("demo", "", false, "demo", SignedInUser.Role.ADMINISTRATOR, null);
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(installation, null, installation.getAuthorities()));
		try {
			loadInTransaction(key, loader);
		}
		finally {
			SecurityContextHolder.setContext(outer);
		}
	}

	private void loadInTransaction(String key, Runnable loader) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("lock table demo_data_loaded in exclusive mode").update();
			boolean loaded = jdbc.sql("select count(*) from demo_data_loaded where key = :key")
				.param("key", key)
				.query(Integer.class)
				.single() > 0;
			if (!loaded) {
				loader.run();
				jdbc.sql("insert into demo_data_loaded (key) values (:key)").param("key", key).update();
			}
		});
	}

}

package no.samhald.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each named piece of demo data once per database: the loader runs in a transaction with
 * the marker that it ran, so a restart, or a second instance, never duplicates anything.
 * Disabled with {@code samhald.demo-data=false}.
 */
@Component
public class DemoData {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	DemoData(JdbcClient jdbc, TransactionTemplate transactions, @Value("${samhald.demo-data:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.enabled = enabled;
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

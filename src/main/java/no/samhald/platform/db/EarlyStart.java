package no.samhald.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known,
 * so that the server starts while Spring reads its configuration classes (about two seconds on
 * the main thread, with the second core idle) rather than after. The bean then takes the server
 * that is already running. Registered in META-INF/spring.factories: it must run before any bean
 * exists.
 */
final class EarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(EarlyStart.class);

	/** By data directory, as configured: several applications may start in one JVM (tests). */
	private static final Map<String, CompletableFuture<EmbeddedDatabase>> starting = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			begin(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			abandon(failed.getApplicationContext().getEnvironment());
		}
	}

	/** The server started for this data directory, waiting for it if it is still starting. */
	static Optional<EmbeddedDatabase> take(String dataDir) throws IOException {
		var start = starting.remove(dataDir);
		if (start == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(start.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			throw ex;
		}
	}

	private static void begin(Environment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		String dataDir = environment.getProperty("samhald.db.data-dir", "");
		starting.computeIfAbsent(dataDir, dir -> CompletableFuture.supplyAsync(() -> start(dir), EarlyStart::onOwnThread));
	}

	private static EmbeddedDatabase start(String dataDir) {
		try {
			return EmbeddedPostgresConfiguration.start(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void onOwnThread(Runnable task) {
		var thread = new Thread(task, "samhald-database-start");
		thread.setDaemon(true);
		thread.start();
	}

	/** A start that failed before the bean took its server: that server stops once it has started. */
	static Optional<CompletableFuture<Void>> abandon(Environment environment) {
		var start = starting.remove(environment.getProperty("samhald.db.data-dir", ""));
		return Optional.ofNullable(start).map(server -> server.thenAccept(EarlyStart::close));
	}

	private static void close(EmbeddedDatabase database) {
		try {
			database.close();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL of a failed start", ex);
		}
	}

}

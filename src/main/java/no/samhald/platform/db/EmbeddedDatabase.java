package no.samhald.platform.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded PostgreSQL of the default run, with the watcher that ends it with the JVM. */
final class EmbeddedDatabase implements Closeable {

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final Optional<StopWithApplication> watcher;

	EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.watcher = StopWithApplication.watch(dataDirectory);
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return postgres.getPort();
	}

	Path dataDirectory() {
		return dataDirectory;
	}

	/**
	 * Stops the server and returns once it has stopped. A checkpoint first: after a restore (or a
	 * busy run) the shutdown checkpoint could take longer than the few seconds pg_ctl waits, which
	 * logged "Could not stop postmaster" with a stack trace although the server did stop later,
	 * and a start right after could find it still stopping.
	 */
	@Override
	public void close() throws IOException {
		checkpoint();
		postgres.close();
		awaitStopped();
		watcher.ifPresent(StopWithApplication::close);
	}

	private void checkpoint() {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("checkpoint");
		}
		catch (SQLException ex) {
			// Only a shortcut for the shutdown: it writes what is left itself.
		}
	}

	private void awaitStopped() throws IOException {
		Path pid = dataDirectory.resolve("postmaster.pid");
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (Files.exists(pid) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while the database stopped", ex);
			}
		}
	}

}

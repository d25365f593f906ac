package no.samhald.platform.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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

	@Override
	public void close() throws IOException {
		postgres.close();
		watcher.ifPresent(StopWithApplication::close);
	}

}

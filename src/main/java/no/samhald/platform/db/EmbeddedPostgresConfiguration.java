package no.samhald.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no external database is configured, so that one command
 * runs Samhald on a machine with only a JDK. With a data directory the cluster is kept between
 * runs, with fsync and synchronous commit on; without one (tests) it lives in a temporary
 * directory and trades durability for speed. A server that a killed run left on the directory
 * is stopped first ({@link LeftoverServer}), and the server ends with the application, however
 * the application ends ({@link StopWithApplication}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** Generous: on a busy two-core machine a server that recovers from a crash takes its time. */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	/** Usually started already, while Spring read its configuration ({@link EarlyStart}). */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${samhald.db.data-dir:}") String dataDir) throws IOException {
		var started = EarlyStart.take(dataDir);
		return started.isPresent() ? started.get() : start(dataDir);
	}

	static EmbeddedDatabase start(String dataDir) throws IOException {
		// No shutdown hook of its own: it would stop the server at JVM exit while Spring's hook is
		// still closing the context, whose beans may read the database on their way out (Spring
		// Modulith's event publication registry lists unfinished publications), and Hikari would
		// then wait its connection timeout (30 s) for a server that is gone. The server stops
		// when the context closes, after everything that uses it (destroy order follows
		// dependencies), and the watcher stops it if the JVM dies without closing the context.
		var builder = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setPGStartupWait(STARTUP_WAIT)
			.setRegisterShutdownHook(false);
		Path dir;
		if (StringUtils.hasText(dataDir)) {
			dir = Path.of(dataDir).toAbsolutePath();
			Files.createDirectories(dir.getParent());
			log.info("Embedded PostgreSQL keeps its data in {}", dir);
			if (Files.isDirectory(dir)) {
				LeftoverServer.stopIfLeftBehind(dir);
			}
			builder.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		else {
			dir = Files.createTempDirectory("samhald-postgres");
			builder.setCleanDataDirectory(true).setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
		}
		return new EmbeddedDatabase(builder.setDataDirectory(dir).start(), dir);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}

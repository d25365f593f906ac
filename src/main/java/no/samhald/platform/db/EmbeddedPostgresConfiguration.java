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

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${samhald.db.data-dir:}") String dataDir) throws IOException {
		var builder = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setPGStartupWait(STARTUP_WAIT);
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

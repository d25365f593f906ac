package no.samhald.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * directory and trades durability for speed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${samhald.db.data-dir:}") String dataDir) throws IOException {
		var builder = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8");
		if (StringUtils.hasText(dataDir)) {
			Path dir = Path.of(dataDir).toAbsolutePath();
			Files.createDirectories(dir.getParent());
			log.info("Embedded PostgreSQL keeps its data in {}", dir);
			builder.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		else {
			builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}

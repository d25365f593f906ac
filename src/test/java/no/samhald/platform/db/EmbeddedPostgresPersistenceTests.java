package no.samhald.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresPersistenceTests {

	@TempDir
	Path home;

	@Test
	void whatWasSavedIsStillThereAfterARestartWithDurableSettings() throws Exception {
		Path dataDir = home.resolve("postgres");
		var configuration = new EmbeddedPostgresConfiguration();

		try (EmbeddedDatabase first = configuration.embeddedDatabase(dataDir.toString())) {
			var jdbc = jdbc(configuration.dataSource(first));
			jdbc.sql("create table note (text text)").update();
			jdbc.sql("insert into note values ('lagra')").update();
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			close(jdbc);
		}
		assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

		try (EmbeddedDatabase second = configuration.embeddedDatabase(dataDir.toString())) {
			var jdbc = jdbc(configuration.dataSource(second));
			assertThat(jdbc.sql("select text from note").query(String.class).list()).containsExactly("lagra");
			close(jdbc);
		}
	}

	private HikariDataSource pool;

	private JdbcClient jdbc(DataSource dataSource) {
		pool = (HikariDataSource) dataSource;
		return JdbcClient.create(dataSource);
	}

	private void close(JdbcClient ignored) {
		pool.close();
	}

}

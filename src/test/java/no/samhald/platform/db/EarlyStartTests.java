package no.samhald.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class EarlyStartTests {

	private final EarlyStart earlyStart = new EarlyStart();

	@TempDir
	Path temp;

	@Test
	void theServerStartedWhileSpringPreparesIsTakenOnceAndAnswers() throws Exception {
		String dataDir = temp.resolve("early").toString();
		earlyStart.onApplicationEvent(prepared(new MockEnvironment().withProperty("samhald.db.data-dir", dataDir)));

		try (var database = EarlyStart.take(dataDir).orElseThrow()) {
			assertThat(database.dataDirectory()).isEqualTo(Path.of(dataDir));
			try (var connection = DriverManager.getConnection(database.jdbcUrl());
					var result = connection.createStatement().executeQuery("select 1")) {
				assertThat(result.next()).isTrue();
			}
			assertThat(EarlyStart.take(dataDir)).as("taken once").isEmpty();
		}
		assertThat(Path.of(dataDir, "postmaster.pid")).doesNotExist();
	}

	@Test
	void nothingStartsEarlyForAnExternalDatabase() throws Exception {
		String dataDir = temp.resolve("external").toString();
		earlyStart.onApplicationEvent(prepared(new MockEnvironment().withProperty("samhald.db.data-dir", dataDir)
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.invalid/samhald")));

		assertThat(EarlyStart.take(dataDir)).isEmpty();
		assertThat(Path.of(dataDir)).doesNotExist();
	}

	@Test
	void aFailedStartStopsTheServerNobodyTook() throws Exception {
		String dataDir = temp.resolve("failed").toString();
		var environment = new MockEnvironment().withProperty("samhald.db.data-dir", dataDir);
		earlyStart.onApplicationEvent(prepared(environment));

		EarlyStart.abandon(environment).orElseThrow().get(2, TimeUnit.MINUTES);

		assertThat(EarlyStart.take(dataDir)).isEmpty();
		assertThat(Path.of(dataDir, "PG_VERSION")).exists();
		assertThat(Path.of(dataDir, "postmaster.pid")).doesNotExist();
	}

	private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}

}

package no.samhald.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.support.GenericApplicationContext;
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
		var context = new GenericApplicationContext();
		context.setEnvironment(environment);

		earlyStart.onApplicationEvent(new ApplicationFailedEvent(new SpringApplication(), new String[0], context,
				new IllegalStateException("a bean failed")));

		assertThat(EarlyStart.take(dataDir)).isEmpty();
		awaitStopped(Path.of(dataDir, "postmaster.pid"));
	}

	private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}

	/** The abandoned server stops on the starting thread, after the event has returned. */
	private static void awaitStopped(Path pid) throws InterruptedException {
		for (int i = 0; i < 600 && (!Files.exists(pid.getParent()) || Files.exists(pid)); i++) {
			Thread.sleep(100);
		}
		assertThat(pid.getParent()).isDirectory();
		assertThat(pid).doesNotExist();
	}

}

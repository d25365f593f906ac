package no.samhald.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which PostgreSQL servers a start may stop: only one that a dead run left on our directory. */
class LeftoverServerTests {

	@TempDir
	Path home;

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@Test
	void aServerThatNoLivingApplicationHoldsIsStoppedAndTheDataIsKept() throws Exception {
		Path dataDir = home.resolve("postgres");
		Path binaries;
		try (EmbeddedDatabase first = configuration.embeddedDatabase(dataDir.toString())) {
			binaries = postgresOf(dataDir).resolveSibling("pg_ctl");
			run(first, "create table note (text text)", "insert into note values ('lagra')");
		}
		// What a killed run leaves: a server on the directory, and no application holding it.
		var command = new java.util.ArrayList<String>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as root, the library runs PostgreSQL in a user namespace, since pg_ctl refuses root
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(binaries.toString(), "start", "-w", "-D", dataDir.toString(), "-o", "-p " + freePort()));
		// The server inherits pg_ctl's output; a pipe would stay open as long as the server runs.
		Path output = home.resolve("pg_ctl.log");
		var leftover = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		assertThat(leftover.waitFor()).as(() -> read(output)).isZero();
		long leftoverPid = PostmasterPid.in(dataDir).orElseThrow().pid();

		try (EmbeddedDatabase second = configuration.embeddedDatabase(dataDir.toString())) {
			assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).isEmpty();
			assertThat(jdbc(second).sql("select text from note").query(String.class).list()).containsExactly("lagra");
			pool.close();
		}
	}

	@Test
	void theServerOfARunningApplicationIsLeftAlone() throws Exception {
		Path dataDir = home.resolve("postgres");
		try (EmbeddedDatabase running = configuration.embeddedDatabase(dataDir.toString())) {
			long pid = PostmasterPid.in(dataDir).orElseThrow().pid();

			assertThatThrownBy(() -> LeftoverServer.stopIfLeftBehind(dataDir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another running Samhald uses the data directory");
			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
			assertThat(jdbc(running).sql("select 1").query(Integer.class).single()).isEqualTo(1);
			pool.close();
		}
	}

	@Test
	void aLockFileNamingAProcessThatIsNoPostgresqlServerIsNeitherSignalledNorRemoved() throws Exception {
		Path dataDir = Files.createDirectories(home.resolve("postgres"));
		Path lockFile = dataDir.resolve("postmaster.pid");
		// This test's own JVM stands in for any living process that the file names by mistake.
		Files.writeString(lockFile, ProcessHandle.current().pid() + "\n" + dataDir + "\n1700000000\n5432\n");

		assertThatThrownBy(() -> LeftoverServer.stopIfLeftBehind(dataDir)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("which is not a PostgreSQL server");
		assertThat(lockFile).exists();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

	private static Path postgresOf(Path dataDir) throws Exception {
		long pid = PostmasterPid.in(dataDir).orElseThrow().pid();
		return Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
	}

	private HikariDataSource pool;

	private JdbcClient jdbc(EmbeddedDatabase database) {
		DataSource dataSource = configuration.dataSource(database);
		pool = (HikariDataSource) dataSource;
		return JdbcClient.create(dataSource);
	}

	private void run(EmbeddedDatabase database, String... statements) {
		var jdbc = jdbc(database);
		for (String statement : statements) {
			jdbc.sql(statement).update();
		}
		pool.close();
	}

	private static int freePort() throws Exception {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

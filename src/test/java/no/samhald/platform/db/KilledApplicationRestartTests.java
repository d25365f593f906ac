package no.samhald.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run killed with kill -9 takes its embedded PostgreSQL with it and starts again on
 * the same data directory; an ordinary stop stops PostgreSQL too. (A server that is left
 * running anyway is stopped by the next start: {@link LeftoverServerTests}.)
 */
class KilledApplicationRestartTests {

	@TempDir
	Path home;

	@Test
	void startsAgainAfterBeingKilledHardAndItsDatabaseEndsWithIt() throws Exception {
		Path dataDir = home.resolve("postgres");
		Path log = home.resolve("samhald.log");
		String[] arguments = { "--samhald.db.data-dir=" + dataDir, "--samhald.demo-data=false" };

		long killedRunsPostgres;
		try (var first = SamhaldProcess.start(log, arguments)) {
			killedRunsPostgres = postmasterPid(dataDir);
			first.killHard();
		}
		assertThat(endsWithin(killedRunsPostgres, Duration.ofSeconds(30)))
			.as("the killed run's PostgreSQL ends with it").isTrue();

		try (var second = SamhaldProcess.start(log, arguments)) {
			long secondPostgres = postmasterPid(dataDir);
			assertThat(secondPostgres).isNotEqualTo(killedRunsPostgres);

			second.stop();
			assertThat(endsWithin(secondPostgres, Duration.ofSeconds(30))).as("PostgreSQL ends with the application").isTrue();
		}
	}

	private static boolean endsWithin(long pid, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	private static long postmasterPid(Path dataDir) throws Exception {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
	}

}

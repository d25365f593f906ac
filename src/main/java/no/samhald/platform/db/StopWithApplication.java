package no.samhald.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the embedded PostgreSQL when the JVM ends in a way no shutdown hook sees (kill -9, the
 * OOM killer): pg_ctl starts the server as a daemon, so it would outlive the JVM. A small shell
 * waits on a pipe from this JVM; when the JVM dies, the operating system closes the pipe and the
 * shell sends the server SIGINT (PostgreSQL's fast shutdown) — but only if postmaster.pid still
 * names that server, so a server that a later run started is never touched. After an ordinary
 * stop the server is already gone and the shell does nothing. Unix only; elsewhere the next
 * start stops the left-over server instead ({@link LeftoverServer}).
 */
final class StopWithApplication implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StopWithApplication.class);

	private static final String SCRIPT = """
			read ignored
			[ "$(head -n 1 "$1/postmaster.pid" 2>/dev/null)" = "$2" ] && kill -INT "$2"
			exit 0
			""";

	/** Held for the life of the application: if the JVM released the pipe early, the server would stop. */
	private final Process watcher;

	private StopWithApplication(Process watcher) {
		this.watcher = watcher;
	}

	static Optional<StopWithApplication> watch(Path dataDirectory) {
		Path shell = Path.of("/bin/sh");
		if (!Files.isExecutable(shell)) {
			return Optional.empty();
		}
		try {
			var server = PostmasterPid.in(dataDirectory);
			if (server.isEmpty()) {
				return Optional.empty();
			}
			Process watcher = new ProcessBuilder(shell.toString(), "-c", SCRIPT, "samhald-postgres-watch",
					dataDirectory.toString(), String.valueOf(server.get().pid()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return Optional.of(new StopWithApplication(watcher));
		}
		catch (IOException ex) {
			log.warn("Could not arrange for PostgreSQL to end with the application; the next start will stop it", ex);
			return Optional.empty();
		}
	}

	/** After an ordinary stop the server is gone; closing the pipe lets the watcher end now. */
	@Override
	public void close() {
		try {
			watcher.getOutputStream().close();
		}
		catch (IOException ignored) {
			// the watcher ends with the JVM anyway
		}
	}

}

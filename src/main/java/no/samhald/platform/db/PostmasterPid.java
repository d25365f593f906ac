package no.samhald.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file a PostgreSQL server writes into its data directory while it runs: its first
 * lines are the server's process id, its data directory and its port.
 */
record PostmasterPid(long pid, Path dataDirectory, int port) {

	static final String FILE_NAME = "postmaster.pid";

	static Optional<PostmasterPid> in(Path dataDirectory) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(dataDirectory.resolve(FILE_NAME));
		}
		catch (NoSuchFileException notRunning) {
			return Optional.empty();
		}
		if (lines.size() < 4 || lines.get(0).isBlank()) {
			// A server that is just starting has not written every line yet.
			return Optional.empty();
		}
		return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim()),
				Integer.parseInt(lines.get(3).trim())));
	}

	Optional<ProcessHandle> process() {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
	}

}

package no.samhald.platform.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Samhald started as a separate JVM from the test's class path, so that a test can kill it the
 * way an operator or the OOM killer would (kill -9), which no in-process context allows.
 */
final class SamhaldProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final Path log;

	private final int port;

	private SamhaldProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts Samhald with these extra arguments and waits until its health check answers UP. */
	static SamhaldProcess start(Path log, String... arguments) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "no.samhald.SamhaldApplication",
				"--server.port=" + port, "--logging.level.root=WARN", "--logging.level.no.samhald=INFO"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		var started = new SamhaldProcess(process, log, port);
		started.awaitHealthy();
		return started;
	}

	private void awaitHealthy() throws Exception {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Samhald ended while starting:\n" + logTail());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// the port opens only late in the start
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Samhald did not become healthy within " + START_TIMEOUT + ":\n" + logTail());
	}

	int port() {
		return port;
	}

	String logTail() {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** kill -9: no shutdown hook runs, so nothing the application does at its end happens. */
	void killHard() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** An ordinary stop (SIGTERM), as a service manager sends. */
	void stop() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package no.samhald.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * {@code --samhald.backup=FILE} and {@code --samhald.restore=FILE}: backup and restore from the
 * command line, with the same settings as the application (data directory, or
 * {@code spring.datasource.*} for an external database), without starting the application.
 *
 * <p>A backup of the embedded database is taken from the running application's server when
 * there is one (found through postmaster.pid), so the application keeps running; otherwise the
 * server is started for the backup and stopped after it. A restore goes into a new data
 * directory (or an empty external database) while no application uses it.
 */
public final class DatabaseCommand {

	private static final String BACKUP = "--samhald.backup=";

	private static final String RESTORE = "--samhald.restore=";

	private DatabaseCommand() {
	}

	/** Whether the arguments ask for a backup or a restore instead of the application. */
	public static boolean isRequested(String... args) {
		return Arrays.stream(args).anyMatch(arg -> arg.startsWith(BACKUP) || arg.startsWith(RESTORE));
	}

	/** Runs the command and ends the JVM with its outcome. */
	public static void runAndExit(String... args) {
		try {
			run(args);
			System.exit(0);
		}
		catch (Exception ex) {
			System.err.println("Samhald: " + (ex.getMessage() != null ? ex.getMessage() : ex));
			System.exit(1);
		}
	}

	static void run(String... args) throws Exception {
		Environment environment = settings(args);
		Optional<String> backup = argument(args, BACKUP);
		Path file = Path.of(backup.or(() -> argument(args, RESTORE)).orElseThrow()).toAbsolutePath();
		String url = environment.getProperty("spring.datasource.url", "");
		if (StringUtils.hasText(url)) {
			DataSource external = external(url, environment);
			if (backup.isPresent()) {
				DatabaseBackup.write(external, file);
			}
			else {
				DatabaseBackup.restore(file, external);
			}
		}
		else {
			Path dataDirectory = Path.of(environment.getProperty("samhald.db.data-dir", "./data/postgres")).toAbsolutePath();
			if (backup.isPresent()) {
				backupEmbedded(dataDirectory, file);
			}
			else {
				restoreEmbedded(file, dataDirectory);
			}
		}
		System.out.println("Samhald: " + (backup.isPresent() ? "backup written to " : "restored from ") + file);
	}

	private static void backupEmbedded(Path dataDirectory, Path file) throws Exception {
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No database in " + dataDirectory + " (set SAMHALD_DATA_DIR)");
		}
		var running = PostmasterPid.in(dataDirectory).filter(server -> server.process().isPresent());
		if (running.isPresent()) {
			DatabaseBackup.write(local(running.get().port()), file);
			return;
		}
		try (var database = new EmbeddedPostgresConfiguration().embeddedDatabase(dataDirectory.toString())) {
			DatabaseBackup.write(local(database.port()), file);
		}
	}

	private static void restoreEmbedded(Path file, Path dataDirectory) throws Exception {
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			throw new IllegalStateException("A backup is restored into a new data directory; " + dataDirectory
					+ " has a database. Move it away, or set SAMHALD_DATA_DIR to a new directory.");
		}
		try (var database = new EmbeddedPostgresConfiguration().embeddedDatabase(dataDirectory.toString())) {
			DatabaseBackup.restore(file, local(database.port()));
		}
	}

	/** The embedded server trusts local connections of its superuser, as the application's pool does. */
	private static DataSource local(int port) {
		var dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "localhost" });
		dataSource.setPortNumbers(new int[] { port });
		dataSource.setDatabaseName("postgres");
		dataSource.setUser("postgres");
		return dataSource;
	}

	private static DataSource external(String url, Environment environment) {
		var dataSource = new PGSimpleDataSource();
		dataSource.setURL(url);
		Optional.ofNullable(environment.getProperty("spring.datasource.username")).ifPresent(dataSource::setUser);
		Optional.ofNullable(environment.getProperty("spring.datasource.password")).ifPresent(dataSource::setPassword);
		return dataSource;
	}

	/**
	 * The application's settings as the application reads them, without starting it: arguments,
	 * then system properties and environment variables (SPRING_DATASOURCE_URL, SAMHALD_DATA_DIR),
	 * then application.properties.
	 */
	static Environment settings(String... args) throws IOException {
		var environment = new StandardEnvironment();
		var sources = environment.getPropertySources();
		sources.addFirst(new SimpleCommandLinePropertySource(args));
		for (var source : new PropertiesPropertySourceLoader().load("application.properties",
				new ClassPathResource("application.properties"))) {
			sources.addLast(source);
		}
		return environment;
	}

	private static Optional<String> argument(String[] args, String prefix) {
		return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst();
	}

}

package no.samhald.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A consistent copy of Samhald's database that needs no PostgreSQL client tools (the embedded
 * binaries have none): every table's rows in PostgreSQL's COPY format, all read in one
 * repeatable-read transaction, so the copy is one moment of a running installation, with the
 * sequences and the list of migrations. A zip file: {@code manifest.properties} and
 * {@code tables/<table>.copy}.
 *
 * <p>Restoring needs an empty database: the schema comes from the same migrations the backup
 * lists (so it is restored by the Samhald version that wrote it; a newer one migrates it on its
 * next start), then the rows are loaded in the order of the foreign keys, the sequences set, and
 * every table's row count compared with the manifest, all in one transaction.
 */
final class DatabaseBackup {

	static final String FORMAT = "samhald-backup-1";

	private static final String MANIFEST = "manifest.properties";

	private static final String MIGRATIONS = "classpath:db/migration";

	private DatabaseBackup() {
	}

	static void write(DataSource dataSource, Path file) throws IOException, SQLException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Connection connection = dataSource.getConnection();
				OutputStream out = Files.newOutputStream(partial);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			var manifest = new Properties();
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("written", Instant.now().toString());
			manifest.setProperty("migrations", String.join(",", migrations(jdbc)));
			List<String> tables = tablesInLoadOrder(jdbc);
			manifest.setProperty("tables", String.join(",", tables));
			for (String table : tables) {
				zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
				copy.copyOut("copy " + quoted(table) + " to stdout", zip);
				zip.closeEntry();
				manifest.setProperty("rows." + table, String.valueOf(count(jdbc, table)));
			}
			sequences(jdbc).forEach((name, value) -> manifest.setProperty("sequence." + name, String.valueOf(value)));
			zip.putNextEntry(new ZipEntry(MANIFEST));
			manifest.store(zip, "Samhald backup");
			zip.closeEntry();
			connection.commit();
		}
		// Only a complete backup gets the name asked for.
		Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	static void restore(Path file, DataSource dataSource) throws IOException, SQLException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Properties manifest = manifest(zip);
			requireEmpty(dataSource);
			Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).outOfOrder(true).load().migrate();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				requireSameMigrations(manifest, migrations(jdbc));
				load(zip, manifest, connection, jdbc);
				connection.commit();
			}
		}
	}

	private static void load(ZipFile zip, Properties manifest, Connection connection, JdbcClient jdbc)
			throws IOException, SQLException {
		List<String> tables = List.of(manifest.getProperty("tables").split(","));
		// Migrations may have put rows in (reference data); the backup has them too.
		jdbc.sql("truncate " + String.join(", ", tables.stream().map(DatabaseBackup::quoted).toList())).update();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (String table : tables) {
			try (InputStream rows = zip.getInputStream(zip.getEntry("tables/" + table + ".copy"))) {
				copy.copyIn("copy " + quoted(table) + " from stdin", rows);
			}
			long expected = Long.parseLong(manifest.getProperty("rows." + table));
			long restored = count(jdbc, table);
			if (restored != expected) {
				throw new IllegalStateException(table + ": " + restored + " rows restored, the backup has " + expected);
			}
		}
		for (String name : manifest.stringPropertyNames()) {
			if (name.startsWith("sequence.")) {
				jdbc.sql("select setval(cast(:sequence as regclass), :value)")
					.param("sequence", quoted(name.substring("sequence.".length())))
					.param("value", Long.parseLong(manifest.getProperty(name)))
					.query(Long.class)
					.single();
			}
		}
	}

	private static Properties manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		var manifest = new Properties();
		if (entry != null) {
			try (InputStream in = zip.getInputStream(entry)) {
				manifest.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
			}
		}
		if (!FORMAT.equals(manifest.getProperty("format"))) {
			throw new IllegalArgumentException(zip.getName() + " is no Samhald backup (" + FORMAT + ")");
		}
		return manifest;
	}

	private static void requireEmpty(DataSource dataSource) {
		int tables = JdbcClient.create(dataSource)
			.sql("select count(*) from pg_tables where schemaname = current_schema()")
			.query(Integer.class)
			.single();
		if (tables > 0) {
			throw new IllegalStateException("A backup is restored into an empty database only; this one has "
					+ tables + " tables. Create a new database (or a new data directory) and restore into it.");
		}
	}

	private static void requireSameMigrations(Properties manifest, List<String> here) {
		Set<String> backup = new LinkedHashSet<>(List.of(manifest.getProperty("migrations").split(",")));
		if (!backup.equals(new LinkedHashSet<>(here))) {
			throw new IllegalStateException("The backup was written by a Samhald with the migrations " + backup
					+ ", this one has " + here + ": restore it with the version that wrote it, then upgrade.");
		}
	}

	private static List<String> migrations(JdbcClient jdbc) {
		return jdbc.sql("""
				select version from flyway_schema_history where success and version is not null
				order by string_to_array(version, '.')::int[]
				""")
			.query(String.class)
			.list();
	}

	/** The tables, each after the tables its foreign keys point to (references within a table are fine). */
	private static List<String> tablesInLoadOrder(JdbcClient jdbc) {
		List<String> all = jdbc.sql("""
				select tablename from pg_tables
				where schemaname = current_schema() and tablename <> 'flyway_schema_history' order by tablename
				""")
			.query(String.class)
			.list();
		Map<String, Set<String>> references = new LinkedHashMap<>();
		all.forEach(table -> references.put(table, new LinkedHashSet<>()));
		jdbc.sql("""
				select child.relname as child, parent.relname as parent from pg_constraint c
				join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
				where c.contype = 'f' and child.relnamespace = current_schema()::regnamespace
				""")
			.query((rs, n) -> Map.entry(rs.getString("child"), rs.getString("parent")))
			.list()
			.stream()
			.filter(edge -> !edge.getKey().equals(edge.getValue()) && references.containsKey(edge.getValue()))
			.forEach(edge -> references.get(edge.getKey()).add(edge.getValue()));
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < all.size()) {
			String next = references.entrySet().stream()
				.filter(entry -> !ordered.contains(entry.getKey()) && ordered.containsAll(entry.getValue()))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among " + references));
			ordered.add(next);
		}
		return ordered;
	}

	private static Map<String, Long> sequences(JdbcClient jdbc) {
		Map<String, Long> values = new LinkedHashMap<>();
		jdbc.sql("select sequencename, last_value from pg_sequences where schemaname = current_schema() and last_value is not null")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(entry -> values.put(entry.getKey(), entry.getValue()));
		return values;
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + quoted(table)).query(Long.class).single();
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}

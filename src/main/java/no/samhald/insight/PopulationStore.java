package no.samhald.insight;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.SsbTable.SeriesYear;

/** The population tables in PostgreSQL, and the in-memory snapshot of them. */
@Component
class PopulationStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AtomicReference<PopulationSnapshot> snapshot = new AtomicReference<>();

	PopulationStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The snapshot of the current data version; reloaded when an import (here or on another node) changed it. */
	PopulationSnapshot snapshot() {
		long version = jdbc.sql("select coalesce(max(id), 0) from population_import").query(Long.class).single();
		PopulationSnapshot current = snapshot.get();
		if (current == null || current.version() != version) {
			current = load(version);
			snapshot.set(current);
		}
		return current;
	}

	private PopulationSnapshot load(long version) {
		record Row(String series, int year, String unit, int sex, int[] counts) {
		}
		List<Row> rows = jdbc.sql("select series, year, unit, sex, counts from population_count")
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), ints(rs.getArray(5))))
			.list();
		var unitsBySeries = new TreeMap<String, TreeSet<String>>();
		rows.forEach(r -> unitsBySeries.computeIfAbsent(r.series(), s -> new TreeSet<>()).add(r.unit()));
		var series = new HashMap<String, PopulationSeries>();
		unitsBySeries.forEach((name, units) -> series.put(name, new PopulationSeries(new ArrayList<>(units))));
		rows.forEach(r -> series.get(r.series()).put(r.year(), r.unit(), r.sex(), r.counts()));
		PopulationSeries observed = series.remove(no.samhald.insight.engine.SsbTable.OBSERVED);
		return new PopulationSnapshot(version, observed == null ? new PopulationSeries(List.of()) : observed,
				Map.copyOf(series), imports());
	}

	private static int[] ints(Array array) throws SQLException {
		Object values = array.getArray();
		if (values instanceof Integer[] boxed) {
			return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
		}
		return (int[]) values;
	}

	/** The checksums of a data version, computed once per version (see {@link YearChecksum}). */
	private final AtomicReference<VersionedChecksums> checksums = new AtomicReference<>();

	private record VersionedChecksums(long version, List<YearChecksum> checksums) {
	}

	List<YearChecksum> checksums() {
		long version = snapshot().version();
		VersionedChecksums current = checksums.get();
		if (current == null || current.version() != version) {
			current = new VersionedChecksums(version, computeChecksums());
			checksums.set(current);
		}
		return current.checksums();
	}

	private List<YearChecksum> computeChecksums() {
		record Key(String series, int year) {
		}
		var digests = new LinkedHashMap<Key, java.security.MessageDigest>();
		var files = new HashMap<Key, String[]>();
		jdbc.sql("""
				select c.series, c.year, c.unit, c.sex, c.counts, i.file_name, i.sha256
				from population_count c join population_import i on i.id = c.import_id
				order by c.series, c.year, c.unit, c.sex
				""").query((ResultSet rs) -> {
			var key = new Key(rs.getString(1), rs.getInt(2));
			var digest = digests.computeIfAbsent(key, k -> sha256());
			String row = rs.getString(3) + ";" + rs.getInt(4) + ";" + Arrays.toString(ints(rs.getArray(5))) + "\n";
			digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			// Replacements are of whole series-years, so one file holds a year.
			files.put(key, new String[] { rs.getString(6), rs.getString(7) });
		});
		var result = new ArrayList<YearChecksum>();
		digests.forEach((key, digest) -> result.add(new YearChecksum(key.series(), key.year(),
				java.util.HexFormat.of().formatHex(digest.digest()), files.get(key)[0], files.get(key)[1].strip())));
		return List.copyOf(result);
	}

	private static java.security.MessageDigest sha256() {
		try {
			return java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The stored counts of one series and year: unit → [sex][age]. */
	Map<String, int[][]> counts(SeriesYear key) {
		var result = new HashMap<String, int[][]>();
		jdbc.sql("select unit, sex, counts from population_count where series = :series and year = :year")
			.param("series", key.series())
			.param("year", key.year())
			.query((ResultSet rs) -> {
				result.computeIfAbsent(rs.getString(1), u -> new int[2][AgeSexTable.AGES])[rs.getInt(2)] = ints(rs.getArray(3));
			});
		return result;
	}

	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(5001)").query().singleValue();
	}

	void delete(SeriesYear key) {
		jdbc.sql("delete from population_count where series = :series and year = :year")
			.param("series", key.series())
			.param("year", key.year())
			.update();
	}

	void insert(long importId, SeriesYear key, Map<String, int[][]> units) {
		var args = new ArrayList<Object[]>();
		units.forEach((unit, counts) -> {
			for (int s = 0; s < 2; s++) {
				args.add(new Object[] { key.series(), key.year(), unit, s, counts[s], importId });
			}
		});
		template.batchUpdate("insert into population_count (series, year, unit, sex, counts, import_id) values (?, ?, ?, ?, ?, ?)",
				args);
	}

	long insertImport(ImportReport report, String communitySlug) {
		return jdbc.sql("""
				insert into population_import (kind, table_id, file_name, format, sha256, imported_by, community_slug,
				    row_count, municipality_count, years, series, totals, new_years, replaced_years)
				values (:kind, :tableId, :fileName, :format, :sha256, :importedBy, :community, :rows, :municipalities,
				    :years, :series, cast(:totals as jsonb), :newYears, :replacedYears)
				returning id
				""")
			.param("kind", report.kind())
			.param("tableId", report.tableId())
			.param("fileName", report.fileName())
			.param("format", report.format())
			.param("sha256", report.sha256())
			.param("importedBy", report.importedBy())
			.param("community", communitySlug)
			.param("rows", report.rows())
			.param("municipalities", report.municipalities())
			.param("years", report.years().stream().mapToInt(Integer::intValue).toArray())
			.param("series", report.series().toArray(String[]::new))
			.param("totals", JSON.writeValueAsString(report.totals()))
			.param("newYears", report.newYears().toArray(String[]::new))
			.param("replacedYears", report.replacedYears().toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	List<ImportReport> imports() {
		return jdbc.sql("""
				select id, kind, table_id, file_name, format, sha256, imported_at, imported_by, row_count,
				       municipality_count, years, series, totals::text, new_years, replaced_years
				from population_import order by id desc
				""")
			.query((rs, n) -> new ImportReport(rs.getLong("id"), rs.getString("kind"), rs.getString("table_id"),
					rs.getString("file_name"), rs.getString("format"), rs.getString("sha256"),
					rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("imported_by"),
					rs.getInt("row_count"), rs.getInt("municipality_count"),
					Arrays.stream(ints(rs.getArray("years"))).boxed().toList(), strings(rs.getArray("series")),
					totals(rs.getString(13)), strings(rs.getArray("new_years")), strings(rs.getArray("replaced_years")),
					List.of()))
			.list();
	}

	private static Map<String, Long> totals(String json) {
		return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<TreeMap<String, Long>>() {
		}));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	/** Keeps a file whose replacement of stored years waits for the person's confirmation; drops day-old ones. */
	long insertPending(String fileName, byte[] content, String createdBy) {
		jdbc.sql("delete from population_pending_import where created_at < now() - interval '1 day'").update();
		return jdbc.sql("""
				insert into population_pending_import (file_name, content, created_by)
				values (:fileName, :content, :createdBy) returning id
				""")
			.param("fileName", fileName)
			.param("content", content)
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
	}

	record Pending(String fileName, byte[] content) {
	}

	/** The waiting file, only for the person who previewed it. */
	java.util.Optional<Pending> pending(long id, String createdBy) {
		return jdbc.sql("select file_name, content from population_pending_import where id = :id and created_by = :createdBy")
			.param("id", id)
			.param("createdBy", createdBy)
			.query((rs, n) -> new Pending(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	void deletePending(long id) {
		jdbc.sql("delete from population_pending_import where id = :id").param("id", id).update();
	}

}

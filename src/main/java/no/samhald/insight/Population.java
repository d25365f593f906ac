package no.samhald.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.ImportRejection;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.SsbTable;
import no.samhald.insight.engine.SsbTable.SeriesYear;
import no.samhald.insight.engine.SsbTableReader;
import no.samhald.partnership.Municipalities;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.NotFoundException;

/**
 * SSB's population by municipality, sex and single-year age, stored once for the installation.
 * Imports are all-or-nothing and idempotent: the same file twice changes nothing, and a year
 * already stored with different numbers is refused unless the caller asks to replace it.
 */
@Service
public class Population {

	private final PopulationStore store;

	private final Municipalities municipalities;

	private final AuditLog audit;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Path dataDirectory;

	private final Communities communities;

	private final Areas areas;

	Population(PopulationStore store, Municipalities municipalities, AuditLog audit, Access access,
			ApplicationEventPublisher events, @Value("${samhald.ssb.data-dir:../shared/data}") String dataDirectory,
			Communities communities, Areas areas) {
		this.store = store;
		this.communities = communities;
		this.areas = areas;
		this.municipalities = municipalities;
		this.audit = audit;
		this.access = access;
		this.events = events;
		// A plain file-system path relative to the working directory (Spring's Path conversion treats it as a resource).
		this.dataDirectory = Path.of(dataDirectory);
	}

	/**
	 * Imports an SSB 07459 or 14288 file (statbank CSV as exported, or JSON-stat 2.0) that adds years
	 * or repeats stored ones unchanged. Only an administrator of the installation imports: the store
	 * is shared by every community.
	 *
	 * @param communitySlug the community page the import was made from, or null for the installation
	 * @throws ImportRejectedException what is wrong in the file, with line, column and value
	 * @throws IncompleteYearException an observed year lacks municipalities of the country
	 * @throws YearsAlreadyImportedException years stored with other numbers: {@link #preview} them first
	 */
	@Transactional
	public ImportReport importFile(String fileName, byte[] content, String communitySlug) {
		access.requireAdministrator();
		return store(fileName, content, false, communitySlug);
	}

	/**
	 * Reads a file that replaces stored years and says, per area, what would change; nothing is
	 * stored until {@link #confirm} with the preview's id.
	 */
	@Transactional
	public ImportPreview preview(Community community, String fileName, byte[] content) {
		access.requireAdministrator();
		SsbTable table = read(content);
		store.lock();
		Classified years = classify(table, true);
		var changes = new ArrayList<ImportPreview.AreaChange>();
		table.cells().forEach((key, units) -> {
			if (years.replaced().contains(label(key))) {
				changes.addAll(changes(community, label(key), store.counts(key), units));
			}
		});
		long id = store.insertPending(name(fileName), content, access.currentUsername());
		return new ImportPreview(id, name(fileName), sha256(content), years.added(), years.replaced(), years.unchanged(),
				changes);
	}

	/** Commits a previewed replacement; only the administrator who previewed it can. */
	@Transactional
	public ImportReport confirm(Community community, long previewId) {
		access.requireAdministrator();
		var pending = store.pending(previewId, access.currentUsername())
			.orElseThrow(() -> new NotFoundException("population import preview", previewId));
		store.deletePending(previewId);
		return store(pending.fileName(), pending.content(), true, community.slug());
	}

	private ImportReport store(String fileName, byte[] content, boolean replace, String communitySlug) {
		SsbTable table = read(content);
		store.lock();
		Classified years = classify(table, replace);
		var totals = new LinkedHashMap<String, Long>();
		table.cells().keySet().forEach(key -> totals.put(label(key), table.total(key)));
		String kind = table.isProjection() ? "OFFICIAL_PROJECTION" : "OBSERVED";
		var report = new ImportReport(null, kind, table.tableId(), name(fileName), table.format(), sha256(content),
				Instant.now(), access.currentUser().isPresent() ? access.currentUsername() : "system", table.rows(),
				table.municipalities().size(), List.copyOf(table.years()), List.copyOf(table.series()), totals,
				years.added(), years.replaced(), years.unchanged());
		if (report.changedNothing()) {
			return report;
		}
		long id = store.insertImport(report, communitySlug);
		table.cells().forEach((key, units) -> {
			if (years.replaced().contains(label(key))) {
				store.delete(key);
			}
			if (!years.unchanged().contains(label(key))) {
				store.insert(id, key, units);
			}
		});
		var changed = new ArrayList<>(years.added());
		changed.addAll(years.replaced());
		String detail = report.fileName() + ": " + String.join(", ", changed)
				+ (years.replaced().isEmpty() ? "" : " (replaced " + years.replaced() + ")");
		// The store is shared: every community's change log shows the import, and so does the installation's.
		audit.record(null, "population.imported", "population import " + id, detail);
		communities.all().forEach(c -> audit.record(c.slug(), "population.imported", "population import " + id, detail));
		events.publishEvent(new PopulationImported(id, kind, changed));
		return new ImportReport(id, kind, report.tableId(), report.fileName(), report.format(), report.sha256(),
				report.importedAt(), report.importedBy(), report.rows(), report.municipalities(), report.years(),
				report.series(), totals, years.added(), years.replaced(), years.unchanged());
	}

	private SsbTable read(byte[] content) {
		try {
			return new SsbTableReader(municipalities::isKnown).read(content);
		}
		catch (ImportRejection ex) {
			throw new ImportRejectedException(ex.problems());
		}
	}

	/** The file's series-years as new, replaced (when {@code replace}) or unchanged. */
	private record Classified(List<String> added, List<String> replaced, List<String> unchanged) {
	}

	private Classified classify(SsbTable table, boolean replace) {
		var added = new ArrayList<String>();
		var replaced = new ArrayList<String>();
		var unchanged = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		PopulationSeries observed = snapshot().observed();
		table.cells().forEach((key, units) -> {
			if (key.series().equals(SsbTable.OBSERVED)) {
				requireWholeCountry(observed, key.year(), units.keySet());
			}
			Map<String, int[][]> stored = store.counts(key);
			List<String> target = stored.isEmpty() ? added : same(stored, units) ? unchanged : replace ? replaced : conflicts;
			target.add(label(key));
		});
		if (!conflicts.isEmpty()) {
			throw new YearsAlreadyImportedException(conflicts);
		}
		return new Classified(added, replaced, unchanged);
	}

	/** An observed year is the country's population: a file with part of the country is refused whole. */
	private void requireWholeCountry(PopulationSeries observed, int year, java.util.Set<String> held) {
		List<String> country = CountryCoverage.nearestStoredYear(observed, year);
		List<String> missing = CountryCoverage.missing(country.isEmpty() ? municipalities.codes() : country, held);
		if (!missing.isEmpty()) {
			throw new IncompleteYearException("file", "insight.import.incomplete", year, names(missing));
		}
	}

	List<String> names(List<String> codes) {
		return codes.stream().map(code -> code + " " + municipalities.name(code).orElse("")).map(String::strip).toList();
	}

	/** Per area (the nation, the community and its regions, each municipality that changes) the totals before and after. */
	private List<ImportPreview.AreaChange> changes(Community community, String year, Map<String, int[][]> before,
			Map<String, int[][]> after) {
		var changes = new ArrayList<ImportPreview.AreaChange>();
		changes.add(new ImportPreview.AreaChange(year, Areas.NATIONAL, total(before, before.keySet()),
				total(after, after.keySet())));
		for (Area area : areas.of(community)) {
			changes.add(new ImportPreview.AreaChange(year, area.name(), total(before, area.municipalities()),
					total(after, area.municipalities())));
		}
		var codes = new java.util.TreeSet<>(before.keySet());
		codes.addAll(after.keySet());
		for (String code : codes) {
			long old = total(before, List.of(code));
			long now = total(after, List.of(code));
			if (old != now && SsbTable.isMunicipality(code)) {
				changes.add(new ImportPreview.AreaChange(year, names(List.of(code)).get(0), old, now));
			}
		}
		return changes;
	}

	private static long total(Map<String, int[][]> units, java.util.Collection<String> codes) {
		long total = 0;
		for (String code : codes) {
			int[][] counts = units.get(CodeSuccession.resolve(code, units::containsKey));
			if (counts != null) {
				total += java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).asLongStream().sum();
			}
		}
		return total;
	}

	private static String name(String fileName) {
		return fileName == null || fileName.isBlank() ? "upload" : fileName;
	}

	/** Imports every SSB file in the data directory's {@code ssb-*} folders; returns the reports. */
	@Transactional
	public List<ImportReport> importDirectory(Path directory) throws IOException {
		var reports = new ArrayList<ImportReport>();
		try (Stream<Path> files = Files.walk(directory, 2)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().matches("(?i).*\\.(csv|json)"))
				.sorted()
				.toList()) {
				reports.add(importFile(file.getFileName().toString(), Files.readAllBytes(file), null));
			}
		}
		return reports;
	}

	/** The folder the SSB files are read from at first start, if it exists. */
	public Optional<Path> ssbDirectory() {
		Path folder = dataDirectory.resolve("ssb-07459");
		return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
	}

	public List<ImportReport> imports() {
		return snapshot().imports();
	}

	public boolean hasData() {
		return !snapshot().observed().isEmpty();
	}

	public List<Integer> observedYears() {
		return snapshot().observed().years();
	}

	public List<String> officialAlternatives() {
		return snapshot().official().keySet().stream().sorted().toList();
	}

	/** The observed population of a municipality on 1 January of a year. */
	public PopulationByAge observed(String municipality, int year) {
		PopulationSnapshot data = snapshot();
		PopulationSeries observed = data.observed();
		String code = data.observedCode(municipality);
		int unit = observed.units().indexOf(code);
		if (unit < 0 || !observed.hasYear(year) || !observed.isPresent(year, unit)) {
			throw new NotFoundException("population of municipality " + municipality + " in", year);
		}
		AgeSexTable table = observed.table(year);
		int[] males = new int[AgeSexTable.AGES];
		int[] females = new int[AgeSexTable.AGES];
		long total = 0;
		for (int a = 0; a < AgeSexTable.AGES; a++) {
			males[a] = (int) table.get(unit, AgeSexTable.MALE, a);
			females[a] = (int) table.get(unit, AgeSexTable.FEMALE, a);
			total += males[a] + females[a];
		}
		return new PopulationByAge(municipality, municipalities.name(municipality).orElse(municipality), year, total, males,
				females);
	}

	PopulationSnapshot snapshot() {
		return store.snapshot();
	}

	private static String label(SeriesYear key) {
		return key.series() + " " + key.year();
	}

	private static boolean same(Map<String, int[][]> stored, Map<String, int[][]> file) {
		if (!stored.keySet().equals(file.keySet())) {
			return false;
		}
		for (var entry : file.entrySet()) {
			int[][] other = stored.get(entry.getKey());
			if (!java.util.Arrays.equals(other[0], entry.getValue()[0]) || !java.util.Arrays.equals(other[1], entry.getValue()[1])) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

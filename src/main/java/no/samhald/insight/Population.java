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

	private final ImportYears years;

	Population(PopulationStore store, Municipalities municipalities, AuditLog audit, Access access,
			ApplicationEventPublisher events, @Value("${samhald.ssb.data-dir:../shared/data}") String dataDirectory,
			Communities communities, ImportYears years) {
		this.store = store;
		this.communities = communities;
		this.years = years;
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
		ImportYears.Classified years = this.years.classify(table, true, snapshot().observed());
		var changes = new ArrayList<ImportPreview.AreaChange>();
		table.cells().forEach((key, units) -> {
			if (years.replaced().contains(ImportYears.label(key))) {
				changes.addAll(this.years.changes(community, ImportYears.label(key), store.counts(key), units));
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
		ImportYears.Classified years = this.years.classify(table, replace, snapshot().observed());
		var totals = new LinkedHashMap<String, Long>();
		table.cells().keySet().forEach(key -> totals.put(ImportYears.label(key), table.total(key)));
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
			if (years.replaced().contains(ImportYears.label(key))) {
				store.delete(key);
			}
			if (!years.unchanged().contains(ImportYears.label(key))) {
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

	List<String> names(List<String> codes) {
		return years.names(codes);
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

	/** The SHA-256 of every stored series-year's numbers and of the file that brought them. */
	public List<YearChecksum> checksums() {
		return store.checksums();
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
		return observed(snapshot(), municipality, year);
	}

	/** The same from data already read (see {@link Backtests}). */
	PopulationByAge observed(PopulationSnapshot data, String municipality, int year) {
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

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

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

	Population(PopulationStore store, Municipalities municipalities, AuditLog audit, Access access,
			ApplicationEventPublisher events, @Value("${samhald.ssb.data-dir:../shared/data}") String dataDirectory) {
		this.store = store;
		this.municipalities = municipalities;
		this.audit = audit;
		this.access = access;
		this.events = events;
		// A plain file-system path relative to the working directory (Spring's Path conversion treats it as a resource).
		this.dataDirectory = Path.of(dataDirectory);
	}

	/**
	 * Imports an SSB 07459 or 14288 file (statbank CSV as exported, or JSON-stat 2.0).
	 *
	 * @param replace replace series-years already stored with different numbers
	 * @param communitySlug the community whose coordinator imports, or null for the installation
	 * @throws ImportRejectedException what is wrong in the file, with line, column and value
	 * @throws YearsAlreadyImportedException years stored with other numbers and {@code replace} not set
	 */
	@Transactional
	public ImportReport importFile(String fileName, byte[] content, boolean replace, String communitySlug) {
		SsbTable table;
		try {
			table = new SsbTableReader(municipalities::isKnown).read(content);
		}
		catch (ImportRejection ex) {
			throw new ImportRejectedException(ex.problems());
		}
		store.lock();
		var newYears = new ArrayList<String>();
		var replaced = new ArrayList<String>();
		var unchanged = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		var totals = new LinkedHashMap<String, Long>();
		table.cells().forEach((key, units) -> {
			String label = label(key);
			totals.put(label, table.total(key));
			Map<String, int[][]> stored = store.counts(key);
			if (stored.isEmpty()) {
				newYears.add(label);
			}
			else if (same(stored, units)) {
				unchanged.add(label);
			}
			else if (replace) {
				replaced.add(label);
			}
			else {
				conflicts.add(label);
			}
		});
		if (!conflicts.isEmpty()) {
			throw new YearsAlreadyImportedException(conflicts);
		}
		String kind = table.isProjection() ? "OFFICIAL_PROJECTION" : "OBSERVED";
		var report = new ImportReport(null, kind, table.tableId(), fileName == null || fileName.isBlank() ? "upload" : fileName,
				table.format(), sha256(content), Instant.now(), access.currentUser().isPresent() ? access.currentUsername() : "system",
				table.rows(), table.municipalities().size(), List.copyOf(table.years()), List.copyOf(table.series()), totals,
				newYears, replaced, unchanged);
		if (report.changedNothing()) {
			return report;
		}
		long id = store.insertImport(report, communitySlug);
		table.cells().forEach((key, units) -> {
			String label = label(key);
			if (replaced.contains(label)) {
				store.delete(key);
			}
			if (!unchanged.contains(label)) {
				store.insert(id, key, units);
			}
		});
		var changed = new ArrayList<>(newYears);
		changed.addAll(replaced);
		audit.record(communitySlug, "population.imported", "population import " + id,
				report.fileName() + ": " + String.join(", ", changed) + (replaced.isEmpty() ? "" : " (replaced " + replaced + ")"));
		events.publishEvent(new PopulationImported(id, kind, changed));
		return new ImportReport(id, kind, report.tableId(), report.fileName(), report.format(), report.sha256(),
				report.importedAt(), report.importedBy(), report.rows(), report.municipalities(), report.years(),
				report.series(), totals, newYears, replaced, unchanged);
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
				reports.add(importFile(file.getFileName().toString(), Files.readAllBytes(file), false, null));
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

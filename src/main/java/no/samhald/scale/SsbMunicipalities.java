package no.samhald.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The municipalities of the newest SSB 07459 file in the data folder, read as Statistics Norway
 * exported it (ISO-8859-1, regions as {@code "K-4640 Sogndal"}), in code order; the pseudo-region
 * {@code K-Rest} is left out.
 */
final class SsbMunicipalities {

	private static final Pattern REGION = Pattern.compile("^\"K-(\\d{4}) ([^\"]+)\"");

	private SsbMunicipalities() {
	}

	record Municipality(String code, String name) {
	}

	static List<Municipality> in(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			Path newest = files.filter(f -> f.getFileName().toString().matches("population_by_age_sex_\\d{4}\\.csv"))
				.max(Path::compareTo)
				.orElseThrow(() -> new IllegalStateException("No SSB 07459 file in " + folder));
			return read(Files.readAllLines(newest, StandardCharsets.ISO_8859_1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Municipality> read(List<String> lines) {
		var byCode = new TreeMap<String, String>();
		for (String line : lines) {
			var match = REGION.matcher(line);
			if (match.find()) {
				byCode.putIfAbsent(match.group(1), match.group(2));
			}
		}
		return byCode.entrySet().stream().map(e -> new Municipality(e.getKey(), e.getValue())).toList();
	}

}

package no.samhald.partnership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The register of Norwegian kommunenummer that a municipality partner is checked against. */
@Component
public class Municipalities {

	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

	private final Map<String, String> namesByCode;

	Municipalities() {
		this.namesByCode = load();
	}

	public static boolean isWellFormed(String code) {
		return code != null && FOUR_DIGITS.matcher(code).matches();
	}

	public boolean isKnown(String code) {
		return namesByCode.containsKey(code);
	}

	/** Every kommunenummer of the register, in order. */
	public java.util.SortedSet<String> codes() {
		return new java.util.TreeSet<>(namesByCode.keySet());
	}

	public Optional<String> name(String code) {
		return Optional.ofNullable(namesByCode.get(code));
	}

	private static Map<String, String> load() {
		var codes = new TreeMap<String, String>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("partnership/municipalities.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
				String[] parts = line.split(";", 2);
				codes.put(parts[0], parts[1]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(codes);
	}

}

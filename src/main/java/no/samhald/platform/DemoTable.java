package no.samhald.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * A demo loader's data as a table in a resource: one row a line, fields between {@code |}, lines
 * starting with {@code #} (the column names, what the table holds) passed over. Keeping the rows out
 * of the code leaves the loader one loop, and the data readable as data.
 */
public final class DemoTable {

	private DemoTable() {
	}

	/** The rows of the resource {@code path} (on the class path), each field stripped; an empty field is "". */
	public static List<List<String>> rows(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toList())
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(path, e);
		}
	}

}

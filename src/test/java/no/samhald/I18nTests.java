package no.samhald;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text is in all three languages, and no template carries text of its own. */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Letters outside tags, expressions and comments: text a translator never sees. */
	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	@Test
	void everyBundleHasTheSameKeysInNynorskBokmaalAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			List<Path> defaults = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
			assertThat(defaults).isNotEmpty();
			for (Path nynorsk : defaults) {
				String base = nynorsk.getFileName().toString().replace(".properties", "");
				Set<String> keys = keys(nynorsk);
				assertThat(keys(MESSAGES.resolve(base + "_nb.properties"))).as(base + " in Bokmål").isEqualTo(keys);
				assertThat(keys(MESSAGES.resolve(base + "_en.properties"))).as(base + " in English").isEqualTo(keys);
			}
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		var offenders = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String text = visibleText(Files.readString(template));
				var matcher = LETTERS.matcher(text);
				if (matcher.find()) {
					offenders.add(TEMPLATES.relativize(template) + ": \"" + matcher.group() + "\"");
				}
				for (String attribute : List.of("title", "alt", "placeholder", "aria-label")) {
					var plain = Pattern.compile("\\s" + attribute + "=\"([^\"]*\\p{L}[^\"]*)\"").matcher(Files.readString(template));
					if (plain.find()) {
						offenders.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + plain.group(1) + "\"");
					}
				}
			}
		}
		assertThat(offenders).as("text that is not in a message bundle").isEmpty();
	}

	/** The template's text nodes, without comments, scripts, styles, tags and Thymeleaf inlining. */
	static String visibleText(String html) {
		return html.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("\\[\\[.*?]]", " ")
			.replaceAll("\\[\\(.*?\\)]", " ")
			.replaceAll("&[a-z]+;", " ");
	}

	private static Set<String> keys(Path file) throws IOException {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}

package no.samhald;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final Path README = Path.of("README.md");

	private static final Path DOCS = Path.of("docs/modules");

	private static final Pattern GENERATED_SECTION = Pattern
		.compile("(?s)(<!-- modules:start[^>]*-->\\n).*?(<!-- modules:end -->)");

	private final ApplicationModules modules = ApplicationModules.of(SamhaldApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvasesIntoDocs() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (var files = Files.list(DOCS)) {
			for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	/** Documenter writes the arrows in no fixed order; sorted, the files change only when the modules do. */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		Iterator<String> sorted = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().iterator();
		Files.write(diagram, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
	}

	/** The README shows the module graph as Mermaid, which renders where the README is read. */
	@Test
	void writesTheModuleDiagramIntoTheReadme() throws IOException {
		String readme = Files.readString(README);
		Matcher section = GENERATED_SECTION.matcher(readme);
		assertThat(section.find()).as("README has the modules:start/end markers").isTrue();
		String updated = section.replaceFirst(Matcher.quoteReplacement(section.group(1) + mermaid() + section.group(2)));
		if (!updated.equals(readme)) {
			Files.writeString(README, updated);
		}
		assertThat(Files.readString(README)).contains("modules:end").contains("Platform");
	}

	private String mermaid() {
		String arrows = modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
			.flatMap(module -> module.getDirectDependencies(modules)
				.uniqueModules()
				.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
				.map(used -> "  " + module.getDisplayName() + " --> " + used.getDisplayName()))
			.distinct()
			.collect(Collectors.joining("\n"));
		return "```mermaid\nflowchart TD\n" + arrows + "\n```\n";
	}

}

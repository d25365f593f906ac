package no.samhald;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

	private static final Pattern GENERATED_SECTION = Pattern
		.compile("(?s)(<!-- modules:start[^>]*-->\\n).*?(<!-- modules:end -->)");

	private final ApplicationModules modules = ApplicationModules.of(SamhaldApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvasesIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
		assertThat(Path.of("docs/modules/components.puml")).exists();
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

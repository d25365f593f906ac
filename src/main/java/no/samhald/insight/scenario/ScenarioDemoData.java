package no.samhald.insight.scenario;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.CommunityDemoLoads;
import no.samhald.insight.Population;

/** Two saved scenarios of Sogn og Fjordane to open and compare, once the SSB files are imported (order 30). */
@Component
@Order(31)
record ScenarioDemoData(CommunityDemoLoads demo, Population population, Scenarios scenarios) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		if (!population.hasData()) {
			return;
		}
		demo.once("sogn-og-fjordane", "insight.scenarios", sogn -> {
			scenarios.saveDemo(sogn, "Meir tilflytting frå 2026", new ScenarioParameters(sogn.slug(), "cohort-component",
					null, 2040, null, "medium", null, null, null, 400.0, 2026), "koordinator");
			scenarios.saveDemo(sogn, "Lågare fruktbarheit", new ScenarioParameters(sogn.slug(), "cohort-component", null,
					2040, null, "medium", 1.3, null, null, null, null), "koordinator");
		});
	}

}

package no.samhald.insight.scenario;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.insight.Population;
import no.samhald.platform.DemoData;

/** Two saved scenarios of Sogn og Fjordane to open and compare, once the SSB files are imported (order 30). */
@Component
@Order(31)
class ScenarioDemoData implements ApplicationRunner {

	private final DemoData demoData;

	private final Population population;

	private final Communities communities;

	private final Scenarios scenarios;

	ScenarioDemoData(DemoData demoData, Population population, Communities communities, Scenarios scenarios) {
		this.demoData = demoData;
		this.population = population;
		this.communities = communities;
		this.scenarios = scenarios;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!population.hasData()) {
			return;
		}
		communities.findBySlug("sogn-og-fjordane").ifPresent(sogn -> demoData.loadOnce("insight.scenarios", () -> {
			scenarios.saveDemo(sogn, "Meir tilflytting frå 2026", new ScenarioParameters(sogn.slug(), "cohort-component",
					null, 2040, null, "medium", null, null, null, 400.0, 2026), "koordinator");
			scenarios.saveDemo(sogn, "Lågare fruktbarheit", new ScenarioParameters(sogn.slug(), "cohort-component", null,
					2040, null, "medium", 1.3, null, null, null, null), "koordinator");
		}));
	}

}

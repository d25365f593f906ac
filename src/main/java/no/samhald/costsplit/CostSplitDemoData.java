package no.samhald.costsplit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Partner;
import no.samhald.project.Projects;

/**
 * The demo's split: the samhandlingsprosjekt's municipal share, 170 000 kr, over the 18
 * municipalities of Sogn og Fjordane by their population on 1 January 2022, adopted.
 */
@Component
@Order(90)
record CostSplitDemoData(CommunityDemoLoads demo, Projects projects, CostSplits splits, CostSplitRepository repository) implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CostSplitDemoData.class);

	@Override
	public void run(ApplicationArguments args) {
		if (!splits.years().contains(2022)) {
			log.info("No population for 2022 imported; the demo's cost split waits for it");
			return;
		}
		demo.once("sogn-og-fjordane", "costsplit.sogn-og-fjordane", this::load);
	}

	private void load(Community community) {
		var project = projects.all(community.id()).stream()
			.filter(p -> p.project().name().startsWith("Samhandlingsprosjekt"))
			.findFirst();
		if (project.isEmpty()) {
			return;
		}
		List<Long> municipalities = splits.partners(community.id()).stream()
			.filter(Partner::isMunicipality)
			.map(Partner::id)
			.toList();
		long projectId = project.get().project().id();
		repository.save(splits.work(community.id(), projectId,
				new AdoptSplit(170_000L, SplitBasis.POPULATION, 2022, municipalities, null), "demo"));
	}

}

package no.samhald.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.DemoData;

/**
 * At first start: SSB's files from the shared data folder, and illustrative service rates for the
 * two demo communities (round numbers of the right size, for the coordinators to replace with
 * their own). Without the folder the page says so and offers the upload.
 */
@Component
@Order(30)
record InsightDemoData(DemoData demoData, Population population, ServiceRates rates, Communities communities) implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InsightDemoData.class);

	@Override
	public void run(ApplicationArguments args) {
		population.ssbDirectory().ifPresentOrElse(directory -> {
			try {
				demoData.loadOnce("insight.ssb-07459", () -> importAll(directory));
			}
			catch (RuntimeException ex) {
				// A broken data folder must not stop the application; nothing was stored, and the next start tries again.
				log.warn("Could not import the SSB files in {}: {}", directory, ex.getMessage());
			}
		}, () -> log.info("No SSB data folder (samhald.ssb.data-dir); population data can be uploaded on the insight page"));
		for (String slug : new String[] { "sogn-og-fjordane", "vestfold" }) {
			communities.findBySlug(slug).ifPresent(c -> demoData.loadOnce("insight.service-rates." + slug, () -> rates(c)));
		}
	}

	private void importAll(java.nio.file.Path directory) {
		try {
			population.importDirectory(directory).forEach(r -> log.info("Imported {}: {} rows, {} municipalities, {}",
					r.fileName(), r.rows(), r.municipalities(), r.totals()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void rates(Community community) {
		rates.save(community, new SaveServiceRate("home-care", community.slug().equals("vestfold") ? "Hjemmetjenester" : "Heimetenester",
				2022, groups(2, 8, 12, 18, 70, 280, 550), 0, 0.3, 0));
		rates.save(community, new SaveServiceRate("nursing-home",
				community.slug().equals("vestfold") ? "Sykehjemsplasser" : "Sjukeheimsplassar", 2022,
				groups(0, 0, 0, 0.5, 12, 70, 240), 0, 1.1, 0));
	}

	private static Map<String, Double> groups(double... perThousand) {
		String[] labels = { "0-5", "6-15", "16-19", "20-66", "67-79", "80-89", "90+" };
		var map = new LinkedHashMap<String, Double>();
		for (int i = 0; i < labels.length; i++) {
			map.put(labels[i], perThousand[i]);
		}
		return map;
	}

}

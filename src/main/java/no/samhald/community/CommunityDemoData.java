package no.samhald.community;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.platform.DemoData;

/** The two communities the seed documents describe. */
@Component
@Order(10)
record CommunityDemoData(DemoData demoData, Communities communities) implements ApplicationRunner {

	static final String SOGN_OG_FJORDANE = "sogn-og-fjordane";

	static final String VESTFOLD = "vestfold";

	@Override
	public void run(ApplicationArguments args) {
		demoData.loadOnce("community.communities", () -> {
			communities.ensure(Community.create(SOGN_OG_FJORDANE, "Sogn og Fjordane helsefellesskap", "SFHF",
					"Dei 18 kommunane i Helse Førde sitt opptaksområde og Helse Førde, med KS, Høgskulen på Vestlandet, "
							+ "USHT, brukarar og fastlegar. Etablert 2021; ny struktur frå 1. januar 2022.", "nn"));
			communities.ensure(Community.create(VESTFOLD, "Helsefellesskapet i Vestfold", "HFV",
					"Kommunene i Vestfold og Sykehuset i Vestfold (SiV) med pasienten i sentrum på alle nivåer.", "nb"));
		});
	}

}

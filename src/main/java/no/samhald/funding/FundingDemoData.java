package no.samhald.funding;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

/**
 * The secretariat funds of seed 004: Sunnfjord kommune, host of the coordinator post, applied
 * for the municipalities and received 250 000 for 2020 and 500 000 for 2021 and 2022, set aside
 * to fund participation in project work; the use is reported to the health and care committee.
 * The individual uses are illustrative.
 */
@Component
@Order(75)
record FundingDemoData(CommunityDemoLoads demo, Partners partners, Forums forums, GrantRepository grants,
		GrantUseRepository uses) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "funding.sogn-og-fjordane", this::load);
	}

	private void load(Community c) {
		Long sunnfjord = partners.all(c.id()).stream().filter(p -> "Sunnfjord".equals(p.shortName())).map(Partner::id)
			.findFirst().orElse(null);
		Long hou = forums.all(c.id()).stream().filter(f -> "HOU".equals(f.shortName())).map(Forum::id).findFirst()
			.orElse(null);
		String purpose = "Honorering av deltaking i prosjektarbeid, og tiltak som gjer kommunane til likeverdige partnarar: "
				+ "kommunal involvering, frikjøp, møteplassar og felles utviklingsarbeid.";
		grants.save(new Grant(null, c.id(), "Sekretariatsmidlar 2020", "Prosjektmidlar til sekretariatsfunksjonane", sunnfjord,
				2020, 250_000, purpose, hou, 0));
		grants.save(new Grant(null, c.id(), "Sekretariatsmidlar 2021", "Prosjektmidlar til sekretariatsfunksjonane", sunnfjord,
				2021, 500_000, purpose, hou, 0));
		Grant latest = grants.save(new Grant(null, c.id(), "Sekretariatsmidlar 2022",
				"Prosjektmidlar til sekretariatsfunksjonane", sunnfjord, 2022, 500_000, purpose, hou, 0));
		uses.save(new GrantUse(null, latest.id(), LocalDate.of(2022, 10, 20),
				"Dagpakkar for kommunalt tilsette, erfaringskonferansen for psykisk helse og rus", 96_000, 0));
		uses.save(new GrantUse(null, latest.id(), LocalDate.of(2022, 11, 30), "Møteforum i helsefellesskapet på tvers av kommunane",
				38_500, 0));
	}

}

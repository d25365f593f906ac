package no.samhald.plan;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;

/** The demo's measure owner ({@code tiltakseigar}) reports on two measures of Sogn og Fjordane's action plan. */
@Component
@Order(41)
record PlanDemoRoles(CommunityDemoLoads demo, MeasureRepository measures, AccountLinks accountLinks) implements ApplicationRunner {

	private static final Set<String> OWNED_MEASURES = Set.of("Revisjon av avtaleporteføljen",
			"Fagnettverk for barn som pårørande");

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "plan.measure-owner", this::grantOwnedMeasures);
	}

	private void grantOwnedMeasures(Community sogn) {
		measures.findAll()
			.stream()
			.filter(measure -> sogn.id().equals(measure.communityId()) && OWNED_MEASURES.contains(measure.title()))
			.forEach(measure -> accountLinks.grant("tiltakseigar", Role.MEASURE_OWNER, sogn.slug(), measure.id()));
	}

}

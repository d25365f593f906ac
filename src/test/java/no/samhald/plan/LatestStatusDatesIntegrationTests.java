package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-read latest status dates ("Mitt arbeid" reads them for all measures at once) give the
 * same answer as each measure's own history, and so the same "status reported" rule.
 */
@SamhaldTest
class LatestStatusDatesIntegrationTests {

	@Autowired
	Measures measures;

	@Autowired
	ActionPlans plans;

	@Autowired
	Communities communities;

	@Test
	void latestStatusDatesAgreeWithEachMeasuresHistory() {
		Community community = communities.findBySlug("sogn-og-fjordane").orElseThrow();
		List<Measure> all = measures.ofCommunity(community.id());
		assertThat(all).isNotEmpty();
		Map<Long, LocalDate> latest = measures.latestStatusDates(community.id(), all.stream().map(Measure::id).toList());
		assertThat(latest).isNotEmpty();
		for (Measure m : all) {
			Optional<LocalDate> fromHistory = measures.history(community.id(), m.id()).stream()
				.map(StatusUpdate::statusDate).findFirst();
			assertThat(Optional.ofNullable(latest.get(m.id()))).as(m.title()).isEqualTo(fromHistory);
			ActionPlan plan = plans.get(community.id(), m.actionPlanId());
			for (LocalDate date : plan.reportingDates()) {
				assertThat(Measures.statusReportedFor(plan, Optional.ofNullable(latest.get(m.id())), date))
					.isEqualTo(Measures.statusReportedFor(plan, fromHistory, date));
			}
		}
	}

	@Test
	void noMeasuresNoRead() {
		Community community = communities.findBySlug("sogn-og-fjordane").orElseThrow();
		assertThat(measures.latestStatusDates(community.id(), List.of())).isEmpty();
		assertThat(measures.withIds(community.id(), List.of())).isEmpty();
	}

	@Test
	void anotherCommunitysMeasuresAreLeftOut() {
		Community sogn = communities.findBySlug("sogn-og-fjordane").orElseThrow();
		Community vestfold = communities.findBySlug("vestfold").orElseThrow();
		List<Long> ids = measures.ofCommunity(sogn.id()).stream().map(Measure::id).toList();
		assertThat(measures.withIds(vestfold.id(), ids)).isEmpty();
		assertThat(measures.latestStatusDates(vestfold.id(), ids)).isEmpty();
	}

}

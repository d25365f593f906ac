package no.samhald.partnership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepresentationRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final Forum SSU = new Forum(1L, 1L, ForumKind.STRATEGIC_COMMITTEE, "Strategisk samarbeidsutval", "SSU",
			null, "", "", true, 0);

	@Test
	void aForumWithoutUserRepresentativeOrGpLacksBoth() {
		assertThat(Forums.gaps(SSU, List.of(seat(Representation.PARTNER, null)), TODAY))
			.containsExactly(RepresentationGap.USER_REPRESENTATIVE, RepresentationGap.GENERAL_PRACTITIONER);
	}

	@Test
	void aForumWithBothCurrentlySeatedLacksNothing() {
		assertThat(Forums.gaps(SSU, List.of(seat(Representation.USER_REPRESENTATIVE, null),
				seat(Representation.GENERAL_PRACTITIONER, TODAY)), TODAY)).isEmpty();
	}

	@Test
	void aSeatThatEndedYesterdayNoLongerCounts() {
		assertThat(Forums.gaps(SSU, List.of(seat(Representation.USER_REPRESENTATIVE, null),
				seat(Representation.GENERAL_PRACTITIONER, TODAY.minusDays(1))), TODAY))
			.containsExactly(RepresentationGap.GENERAL_PRACTITIONER);
	}

	@Test
	void aForumExemptFromTheRuleLacksNothing() {
		var exempt = new Forum(2L, 1L, ForumKind.USER_COMMITTEE, "Felles brukarutval", null, null, "", "", false, 0);
		assertThat(Forums.gaps(exempt, List.of(), TODAY)).isEmpty();
	}

	private static Membership seat(Representation representation, LocalDate endDate) {
		return new Membership(null, 1L, 1L, MembershipRole.MEMBER, null, representation, LocalDate.of(2022, 1, 1),
				endDate, 0);
	}

}

package no.samhald.deviation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.IdentityNumbers;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@RecordApplicationEvents
class DeviationRulesIntegrationTests {

	@Autowired
	Deviations deviations;

	@Autowired
	DeviationReader reader;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aReportIsRoutedToTheReceivingPartnerWithAnAnswerDueInThreeWeeks() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		Deviation saved = deviations.report(community, report("Kinn", "Førde sentralsjukehus"));

		assertThat(saved.status()).isEqualTo(DeviationStatus.RECEIVED);
		assertThat(saved.receivingPartnerId()).isEqualTo(partner("Førde sentralsjukehus").id());
		assertThat(saved.answerDue()).isEqualTo(deviations.today().plusWeeks(3));
		assertThat(saved.isOverdue(saved.answerDue())).isFalse();
		assertThat(saved.isOverdue(saved.answerDue().plusDays(1))).isTrue();
		assertThat(events.stream(DeviationReported.class)).anyMatch(e -> e.deviationId() == saved.id()
				&& e.receivingPartnerId() == saved.receivingPartnerId() && e.answerDue().equals(saved.answerDue()));

		signIn("koordinator", Role.COORDINATOR, community.slug());
		assertThat(reader.visible(community, saved.receivingPartnerId()))
			.extracting(Deviation::id).contains(saved.id());
		assertThat(reader.visible(community, partner("Kinn").id()))
			.extracting(Deviation::id).doesNotContain(saved.id());
	}

	@Test
	void aFoedselsnummerInAnyTextIsRefusedWithAReasonForEachField() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		ReportDeviation valid = report("Sogndal", "Lærdal sjukehus");
		var report = new ReportDeviation(valid.reportingPartnerId(), valid.receivingPartnerId(), valid.eventDate(),
				valid.category(), null, "Gjeld pasient 15076500565 som kom heim utan epikrise.", "Sjå d-nr 450385 32069",
				"Synergi 2026-4411");

		assertThat(problems(community, report)).containsExactlyInAnyOrder("description:deviation.identityNumber",
				"consequence:deviation.identityNumber");
	}

	@Test
	void missingFieldsAndAnEventInTheFutureAreAllNamedAtOnce() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		var report = new ReportDeviation(null, null, deviations.today().plusDays(1), null, null, "  ", null, null);

		assertThat(problems(community, report)).containsExactlyInAnyOrder("reportingPartnerId:validation.required",
				"receivingPartnerId:validation.required", "eventDate:deviation.eventDate.future",
				"category:validation.required", "description:validation.required", "consequence:validation.required",
				"reporterReference:validation.required");
	}

	@Test
	void aPartnerOfAnotherCommunityCannotReceiveAReport() {
		Community community = sognOgFjordane();
		Community vestfold = communities.bySlug("vestfold");
		Partner siv = partners.all(vestfold.id()).stream().filter(p -> p.name().equals("Sykehuset i Vestfold"))
			.findFirst().orElseThrow();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		ReportDeviation valid = report("Kinn", "Førde sentralsjukehus");
		var report = new ReportDeviation(valid.reportingPartnerId(), siv.id(), valid.eventDate(), valid.category(), null,
				valid.description(), valid.consequence(), valid.reporterReference());
		assertThat(problems(community, report)).containsExactly("receivingPartnerId:validation.unknown");
	}

	@Test
	void aMemberSeesOnlyTheirOwnReports() {
		Community community = sognOgFjordane();
		String reporter = uniqueMember();
		signIn(reporter, Role.MEMBER, community.slug());
		Deviation mine = deviations.report(community, report("Stryn", "Nordfjord sjukehus"));
		assertThat(reader.visible(community, null)).extracting(Deviation::id)
			.containsExactly(mine.id());

		signIn(uniqueMember(), Role.MEMBER, community.slug());
		assertThat(reader.visible(community, null)).isEmpty();
		assertThatThrownBy(() -> reader.get(community, mine.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aVestfoldUserCannotSeeOrAnswerSognOgFjordanesReports() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		Deviation report = deviations.report(community, report("Luster", "Lærdal sjukehus"));

		signIn("vestfold", Role.COORDINATOR, "vestfold");
		assertThatThrownBy(() -> reader.visible(community, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reader.get(community, report.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> deviations.answer(community, report.id(), answer("Svar", 0)))
			.isInstanceOf(AccessDeniedException.class);
		Community vestfold = communities.bySlug("vestfold");
		assertThatThrownBy(() -> reader.get(vestfold, report.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMemberCannotAnswer() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		Deviation report = deviations.report(community, report("Vik", "Helse Førde"));
		assertThatThrownBy(() -> deviations.answer(community, report.id(), answer("Svar", 0)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theReporterSeesTheAnswerAndImprovementMeasure() {
		Community community = sognOgFjordane();
		String reporter = uniqueMember();
		signIn(reporter, Role.MEMBER, community.slug());
		Deviation report = deviations.report(community, report("Gloppen", "Nordfjord sjukehus"));

		signIn("koordinator", Role.COORDINATOR, community.slug());
		Deviation handled = deviations.startHandling(community, report.id(), report.version());
		assertThat(handled.status()).isEqualTo(DeviationStatus.IN_PROGRESS);
		var answer = new AnswerDeviation("Rutinen vart ikkje følgd.", "Ny sjekkliste for utskriving.", handled.version());
		deviations.answer(community, report.id(), answer);

		signIn(reporter, Role.MEMBER, community.slug());
		Deviation seen = reader.get(community, report.id());
		assertThat(seen.status()).isEqualTo(DeviationStatus.ANSWERED);
		assertThat(seen.answer()).isEqualTo("Rutinen vart ikkje følgd.");
		assertThat(seen.improvementMeasure()).isEqualTo("Ny sjekkliste for utskriving.");
		assertThat(seen.answeredOn()).isEqualTo(deviations.today());
	}

	@Test
	void aClosedReportCannotBeAnswered() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		Deviation report = deviations.report(community, report("Askvoll", "Førde sentralsjukehus"));
		signIn("koordinator", Role.COORDINATOR, community.slug());
		Deviation closed = deviations.close(community, report.id(), report.version());

		assertThatThrownBy(() -> deviations.answer(community, report.id(),
				answer("For seint", closed.version())))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("deviation.closed"));
	}

	@Test
	void theSecondOfTwoConcurrentAnswersIsRefusedAndNamesWhatChanged() {
		Community community = sognOgFjordane();
		signIn(uniqueMember(), Role.MEMBER, community.slug());
		Deviation report = deviations.report(community, report("Solund", "Førde sentralsjukehus"));
		signIn("koordinator", Role.COORDINATOR, community.slug());
		AnswerDeviation first = answer("Første svar", report.version());
		AnswerDeviation second = answer("Andre svar", report.version());
		deviations.answer(community, report.id(), first);

		assertThatThrownBy(() -> deviations.answer(community, report.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Deviation stored = reader.get(community, report.id());
		assertThat(stored.answer()).isEqualTo("Første svar");
		assertThat(second.fieldsChangedIn(stored)).containsExactly("answer");
	}

	@Test
	void theDemoDataHasOverdueAnsweredAndClosedReportsWithoutIdentityNumbers() {
		Community community = sognOgFjordane();
		signIn("koordinator", Role.COORDINATOR, community.slug());
		List<Deviation> all = reader.visible(community, null);
		LocalDate today = deviations.today();
		assertThat(all).hasSizeGreaterThanOrEqualTo(40);
		assertThat(all).anyMatch(d -> d.isOverdue(today));
		assertThat(all).anyMatch(d -> d.status() == DeviationStatus.CLOSED && d.improvementMeasure() != null);
		assertThat(all).noneMatch(d -> IdentityNumbers.containsOne(d.description() + " " + d.consequence() + " "
				+ d.reporterReference() + " " + d.answer() + " " + d.improvementMeasure()));
	}

	@Test
	void statisticsNeverShowACountOfOneToFour() {
		Community community = sognOgFjordane();
		DeviationStatistics statistics = deviations.statistics(community.id());
		for (CountTable table : List.of(statistics.categories(), statistics.quarters(), statistics.reportingSides(),
				statistics.receivingSides(), statistics.statuses())) {
			assertThat(table.cells()).as(table.dimension())
				.noneMatch(c -> c.count() != null && c.count() > 0 && c.count() < 5);
			assertThat(table.total().count()).isGreaterThanOrEqualTo(40);
		}
	}

	/** The statistics are kept in memory (#11); a new report must still count on the next read. */
	@Test
	void statisticsCountANewReportAtOnce() {
		Community community = sognOgFjordane();
		long before = deviations.statistics(community.id()).categories().total().count();
		assertThat(deviations.statistics(community.id()).categories().total().count()).isEqualTo(before);

		signIn(uniqueMember(), Role.MEMBER, community.slug());
		deviations.report(community, report("Kinn", "Førde sentralsjukehus"));

		assertThat(deviations.statistics(community.id()).categories().total().count()).isEqualTo(before + 1);
	}

	private List<String> problems(Community community, ReportDeviation report) {
		try {
			deviations.report(community, report);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
		}
	}

	private ReportDeviation report(String from, String to) {
		return new ReportDeviation(partner(from).id(), partner(to).id(), deviations.today().minusDays(2),
				DeviationCategory.DISCHARGE, null, "Utskriven utan varsel til heimesjukepleia.", "Ingen tilsyn første kvelden.",
				"Synergi 2026-" + UUID.randomUUID().toString().substring(0, 4));
	}

	private static AnswerDeviation answer(String text, int version) {
		return new AnswerDeviation(text, null, version);
	}

	private Partner partner(String name) {
		return partners.all(sognOgFjordane().id()).stream().filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst().orElseThrow();
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private static String uniqueMember() {
		return "helsearbeidar-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static void signIn(String username, Role role, String communitySlug) {
		var user = new SignedInUser(username, "unused", false, username, role, communitySlug);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}

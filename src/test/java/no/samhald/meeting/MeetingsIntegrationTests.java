package no.samhald.meeting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.Statements;
import no.samhald.Statements.Counted;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

import static no.samhald.meeting.MeetingFixtures.caseTitled;
import static no.samhald.meeting.MeetingFixtures.closedMeetingOn;
import static no.samhald.meeting.MeetingFixtures.meetingOn;
import static no.samhald.meeting.MeetingFixtures.signInAs;
import static no.samhald.meeting.MeetingFixtures.signInAsCoordinator;
import static no.samhald.meeting.MeetingFixtures.signOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SamhaldTest
@RecordApplicationEvents
class MeetingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	no.samhald.platform.AuditLog audit;

	@Autowired
	MinutesCorrections corrections;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Meetings meetings;

	@Autowired
	Cases cases;

	@Autowired
	Decisions decisions;

	@Autowired
	Attachments attachments;

	@Autowired
	Matters matters;

	@Autowired
	ApplicationEvents events;

	Community community;

	Forum forum;

	@BeforeEach
	void coordinatorWithAForumOfTheirOwn() {
		signInAsCoordinator();
		community = fixtures.sogn();
		forum = fixtures.forumWithMembers();
	}

	@AfterEach
	void signedOut() {
		signOut();
	}

	/** The decision log's year filter: one query (#11), the same years as the meetings each reader sees. */
	@Test
	void theYearsOfTheMeetingsAreThoseOfTheMeetingsTheReaderSees() {
		assertThat(meetings.visibleYears(community)).isNotEmpty().isEqualTo(yearsOf(meetings.visible(community)));
		signOut();
		assertThat(meetings.visibleYears(community)).isEqualTo(yearsOf(meetings.visible(community)));
	}

	private static List<Integer> yearsOf(List<Meeting> shown) {
		return shown.stream().map(m -> m.startsAt().getYear()).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
	}

	/** The agenda and the community's cases are read with all disqualifications at once (#11): each case keeps its own. */
	@Test
	void eachCaseOfAnAgendaCarriesItsOwnDisqualifications() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 5, 6));
		Case first = cases.add(community, meeting.id(), caseTitled("Innkjøp", ""));
		Case second = cases.add(community, meeting.id(), caseTitled("Avtale", ""));
		Case third = cases.add(community, meeting.id(), caseTitled("Orientering", ""));
		long one = meeting.participants().get(0).personId();
		long two = meeting.participants().get(1).personId();
		cases.disqualify(community, first.id(), one, "Styremedlem hos leverandøren");
		cases.disqualify(community, first.id(), two, "Nær slekt");
		cases.disqualify(community, second.id(), two, "Eig aksjar");

		assertThat(cases.agenda(community, meeting.id()))
			.extracting(Case::id, c -> c.disqualifications().stream().map(Disqualification::reason).sorted().toList())
			.containsExactly(tuple(first.id(), List.of("Nær slekt", "Styremedlem hos leverandøren")),
					tuple(second.id(), List.of("Eig aksjar")),
					tuple(third.id(), List.of()));
		assertThat(cases.visible(community)).filteredOn(c -> c.id().equals(second.id())).singleElement()
			.satisfies(c -> assertThat(c.isDisqualified(two)).isTrue())
			.satisfies(c -> assertThat(c.isDisqualified(one)).isFalse());
	}

	@Test
	void casesAreNumberedPerForumAndYearAndATakenNumberIsRefused() {
		Meeting march = fixtures.plan(forum, LocalDate.of(2025, 3, 4));
		Meeting june = fixtures.plan(forum, LocalDate.of(2025, 6, 10));
		Meeting nextYear = fixtures.plan(forum, LocalDate.of(2026, 1, 20));

		assertThat(cases.add(community, march.id(), caseTitled("Første", "")).number()).isEqualTo(1);
		assertThat(cases.add(community, march.id(), caseTitled("Andre", "")).number()).isEqualTo(2);
		assertThat(cases.add(community, june.id(), caseTitled("Tredje", "")).number()).isEqualTo(3);
		Case first2026 = cases.add(community, nextYear.id(), caseTitled("Nytt år", ""));
		assertThat(first2026.number()).isEqualTo(1);
		assertThat(cases.caseNumber(community, first2026)).isEqualTo(forum.label() + " 1/2026");

		var chosen = MeetingFixtures.numbered(12, "Valt nummer", "");
		assertThat(cases.add(community, june.id(), chosen).number()).isEqualTo(12);
		var clash = MeetingFixtures.numbered(2, "Kollisjon", "");
		assertThatThrownBy(() -> cases.add(community, june.id(), clash))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("number");
				assertThat(ex.problems().get(0).messageKey()).isEqualTo("case.number.taken");
			});
		assertThat(cases.add(community, june.id(), caseTitled("Etter valt", "")).number()).isEqualTo(13);
	}

	@Test
	void aCaseIsDecidedOnceAndTheDecisionIsPublishedAsAnEvent() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 4, 1));
		Case item = cases.add(community, meeting.id(), caseTitled("Mandat", "Utvalet godkjenner mandatet."));

		Case decided = cases.decide(community, item.id(), "Utvalet godkjenner mandatet.", item.version());

		assertThat(decided.decision()).isEqualTo("Utvalet godkjenner mandatet.");
		assertThat(events.stream(DecisionRecorded.class)).anyMatch(e -> e.caseId() == item.id());
		assertThatThrownBy(() -> cases.decide(community, item.id(), "Noko anna.", decided.version()))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("case.alreadyDecided"));
		assertThat(cases.get(community, item.id()).decision()).isEqualTo("Utvalet godkjenner mandatet.");
	}

	@Test
	void aDecisionOrMatterCarryingAnIdentityNumberIsRefusedAndNothingIsStored() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 4, 8));
		Case item = cases.add(community, meeting.id(), caseTitled("Utskriving", "Utvalet drøftar saka."));

		assertThatThrownBy(() -> cases.decide(community, item.id(), "Gjeld pasient 13.07.55 30638.", item.version()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
						.containsExactly("NoIdentityNumber"));
		assertThatThrownBy(() -> matters.create(community, "Pasient 130755\u201330638", ""))
			.isInstanceOf(InvalidInputException.class);
		assertThat(cases.get(community, item.id()).isDecided()).isFalse();
	}

	@Test
	void theParticipantsWhoMustApproveApproveForThemselvesButNotForEachOther() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 6, 3));
		meetings.changeStatus(community, meeting.id(), MeetingStatus.HELD);
		List<Participant> approvers = meetings.get(community, meeting.id()).approvers();
		long chair = approvers.get(0).personId();
		long deputy = approvers.get(1).personId();
		try {
			MeetingFixtures.signInAsPerson("leiar", chair, community.slug());
			assertThatThrownBy(() -> meetings.approveMinutes(community, meeting.id(), deputy))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
			assertThat(meetings.approveMinutes(community, meeting.id(), chair).isLocked()).isFalse();

			MeetingFixtures.signInAsPerson("nestleiar", deputy, community.slug());
			assertThat(meetings.approveMinutes(community, meeting.id(), deputy).isLocked()).isTrue();
		}
		finally {
			MeetingFixtures.signInAsCoordinator();
		}
	}

	@Test
	void minutesAreLockedWhenTheChairAndTheDeputyHaveApprovedThemAndThenOnlyTakeCorrections() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 5, 6));
		Case item = cases.add(community, meeting.id(), caseTitled("Budsjett", "Utvalet vedtek budsjettet."));
		cases.decide(community, item.id(), "Utvalet vedtek budsjettet.", item.version());
		List<Participant> approvers = meetings.get(community, meeting.id()).approvers();
		assertThat(approvers).hasSize(2);

		assertThatThrownBy(() -> meetings.approveMinutes(community, meeting.id(), approvers.get(0).personId()))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("minutes.notHeld"));
		meetings.changeStatus(community, meeting.id(), MeetingStatus.HELD);
		Meeting half = meetings.approveMinutes(community, meeting.id(), approvers.get(0).personId());
		assertThat(half.isLocked()).isFalse();
		Meeting approved = meetings.approveMinutes(community, meeting.id(), approvers.get(1).personId());

		assertThat(approved.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
		assertThat(approved.minutesApprovedAt()).isNotNull();
		assertThat(events.stream(MinutesApproved.class)).anyMatch(e -> e.meetingId() == meeting.id());
		Case stored = cases.get(community, item.id());
		assertThatThrownBy(() -> cases.update(community, item.id(), MeetingFixtures.edited(stored, stored.title(), stored.proposal())))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("minutes.locked"));
		assertThatThrownBy(() -> meetings.saveMinutesNotes(community, meeting.id(), "Endra", approved.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> cases.add(community, meeting.id(), caseTitled("For seint", "")))
			.isInstanceOf(ConflictException.class);

		corrections.correct(community, meeting.id(), item.id(), "Rett beløp er 130 000 kroner.");
		assertThat(corrections.of(community, approved)).extracting(Correction::text)
			.containsExactly("Rett beløp er 130 000 kroner.");
		assertThat(cases.get(community, item.id()).decision()).isEqualTo("Utvalet vedtek budsjettet.");
	}

	@Test
	void aSecondCoordinatorSavingAStaleCaseIsRefused() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 9, 2));
		Case item = cases.add(community, meeting.id(), caseTitled("Delavtale", ""));
		var first = MeetingFixtures.edited(item, "Delavtale 3, revidert", item.proposal());
		var second = MeetingFixtures.edited(item, item.title(), "Anna forslag");
		cases.update(community, item.id(), first);

		assertThatThrownBy(() -> cases.update(community, item.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(second.fieldsChangedIn(cases.get(community, item.id()))).contains("title");
	}

	@Test
	void aPageLoadedInSqlHoldsTheSameMeetingsInTheSameOrderAsTheFullListForMembersAndThePublic() {
		meetings.plan(community, closedMeetingOn(forum, LocalDate.of(2026, 3, 4)));
		meetings.plan(community, meetingOn(forum, LocalDate.of(2026, 3, 4)));
		assertPagesMatchTheFullList();
		signOut();
		assertPagesMatchTheFullList();
		assertThat(meetings.visiblePage(community, forum.id(), 0, 50)).isNotEmpty().allMatch(Meeting::publicMeeting);
	}

	private void assertPagesMatchTheFullList() {
		for (Long forumId : java.util.Arrays.asList(null, forum.id())) {
			List<Meeting> all = meetings.visible(community).stream()
				.filter(m -> forumId == null || m.forumId().equals(forumId)).toList();
			assertThat(meetings.countVisible(community, forumId)).isEqualTo(all.size());
			List<Meeting> paged = new java.util.ArrayList<>();
			for (int offset = 0; offset <= all.size(); offset += 50) {
				paged.addAll(meetings.visiblePage(community, forumId, offset, 50));
			}
			assertThat(paged).isEqualTo(all);
		}
	}

	@Test
	void aMeetingMustEndAfterItStarts() {
		var ok = meetingOn(forum, LocalDate.of(2025, 10, 1));
		var details = new SaveMeeting(ok.forumId(), ok.title(), ok.date(), ok.startTime(), ok.startTime().minusHours(1),
				ok.place(), ok.videoLink(), ok.publicMeeting(), 0);
		int before = meetings.visible(community).size();

		assertThatThrownBy(() -> meetings.plan(community, details))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("endTime"));
		assertThat(meetings.visible(community)).hasSize(before);
	}

	@Test
	void onlyCoordinatorsOfTheCommunityMayPlanMeetingsInItsForums() {
		int before = meetings.visible(community).size();
		signInAs("vestfold", Role.COORDINATOR, "vestfold");
		assertThatThrownBy(() -> meetings.plan(community, meetingOn(forum, LocalDate.of(2025, 11, 11))))
			.isInstanceOf(AccessDeniedException.class);
		signInAs("medlem", Role.MEMBER, "sogn-og-fjordane");
		assertThatThrownBy(() -> meetings.plan(community, meetingOn(forum, LocalDate.of(2025, 11, 11))))
			.isInstanceOf(AccessDeniedException.class);
		signOut();
		assertThatThrownBy(() -> meetings.plan(community, meetingOn(forum, LocalDate.of(2025, 11, 11))))
			.isInstanceOf(AccessDeniedException.class);
		signInAsCoordinator();
		assertThat(meetings.visible(community)).hasSize(before);
	}

	@Test
	void thePublicSeesPublicTitlesAndDecisionsOnlyOnceTheMinutesAreApproved() {
		Meeting closed = meetings.plan(community, MeetingFixtures.closedMeetingOn(forum, LocalDate.of(2025, 2, 3)));
		Meeting open = fixtures.plan(forum, LocalDate.of(2025, 2, 10));
		Case exempt = cases.add(community, open.id(), MeetingFixtures.exemptCase("Personalsak: frikjøp av Kari Nordmann",
				"Frikjøp av prosjektleiar", "Godkjent.", "Offl. § 25"));
		Case plain = cases.add(community, open.id(), caseTitled("Handlingsplan", "Vedteke."));
		cases.decide(community, exempt.id(), "Godkjent.", exempt.version());
		cases.decide(community, plain.id(), "Vedteke.", plain.version());

		signOut();
		assertThatThrownBy(() -> meetings.get(community, closed.id())).isInstanceOf(NotFoundException.class);
		assertThat(meetings.visible(community)).extracting(Meeting::id).contains(open.id()).doesNotContain(closed.id());
		assertThat(cases.get(community, plain.id()).decision()).as("not approved yet").isNull();
		Case publicExempt = cases.get(community, exempt.id());
		assertThat(publicExempt.title()).isEqualTo("Frikjøp av prosjektleiar");
		assertThat(publicExempt.decision()).isNull();
		assertThat(publicExempt.background()).isEmpty();
		assertThat(publicExempt.exemptionBasis()).isEqualTo("Offl. § 25");

		signInAsCoordinator();
		meetings.changeStatus(community, open.id(), MeetingStatus.HELD);
		meetings.get(community, open.id()).approvers().forEach(p -> meetings.approveMinutes(community, open.id(), p.personId()));
		signOut();
		assertThat(cases.get(community, plain.id()).decision()).isEqualTo("Vedteke.");
		assertThat(cases.get(community, exempt.id()).decision()).isNull();
		assertThat(cases.get(community, exempt.id()).title()).doesNotContain("Kari");
	}

	@Test
	void theDecisionLogFindsInflectedNorwegianWordsAndShowsThePublicOnlyApprovedDecisions() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 8, 19));
		Case item = cases.add(community, meeting.id(), caseTitled("Felles tiltak", ""));
		cases.decide(community, item.id(), "Rekrutteringa av sjukepleiarar skal samordnast mellom kommunane.", item.version());

		assertThat(decisions.search(community, "rekruttering", forum.id(), 2025)).extracting(DecisionHit::caseId)
			.containsExactly(item.id());
		assertThat(decisions.search(community, "sjukepleiar kommunane", forum.id(), null)).hasSize(1);
		assertThat(decisions.search(community, "rekruttering", forum.id(), 2024)).isEmpty();
		assertThat(decisions.search(community, "vaksinering", forum.id(), null)).isEmpty();
		assertThat(decisions.search(community, "rekruttering'):* | (", forum.id(), null)).hasSize(1);

		signOut();
		assertThat(decisions.search(community, "rekruttering", forum.id(), null)).isEmpty();
	}

	@Test
	void thePublicDecisionSearchMatchesOnlyPublicTitlesAndTexts() {
		Meeting open = fixtures.plan(forum, LocalDate.of(2025, 9, 16));
		var firm = new SaveCase(null, "Avtale med Nordbyggteneste AS", "Avtale om vedlikehald", CaseType.DECISION,
				"Bakgrunn for avtalen.", "", false, null, null, 0);
		Case named = cases.add(community, open.id(), firm);
		var personnel = new SaveCase(null, "Personalsak: permisjon for Kari Nordmann", "Personalsak", CaseType.DECISION,
				"Kari Nordmann søkjer om permisjon.", "", true, "Offl. § 25", null, 0);
		Case exempt = cases.add(community, open.id(), personnel);
		cases.decide(community, named.id(), "Avtalen vert godkjend.", named.version());
		cases.decide(community, exempt.id(), "Permisjon vert gitt.", exempt.version());
		meetings.changeStatus(community, open.id(), MeetingStatus.HELD);
		meetings.get(community, open.id()).approvers().forEach(p -> meetings.approveMinutes(community, open.id(), p.personId()));
		assertThat(decisions.search(community, "Nordbyggteneste", forum.id(), null)).hasSize(1);
		assertThat(decisions.search(community, "Nordmann permisjon", forum.id(), null)).hasSize(1);

		signOut();
		assertThat(decisions.search(community, "Nordbyggteneste", forum.id(), null)).as("internal title").isEmpty();
		assertThat(decisions.search(community, "Nordmann", forum.id(), null)).as("exempt title and background").isEmpty();
		assertThat(decisions.search(community, "permisjon", forum.id(), null)).as("exempt decision").isEmpty();
		assertThat(decisions.search(community, "vedlikehald", forum.id(), null)).extracting(DecisionHit::caseId)
			.containsExactly(named.id());
	}

	@Test
	void theFreeTextOfTitlesDecisionsReasonsAndCorrectionsNeverReachesTheAuditLog() {
		String secret = "Løyndom" + System.nanoTime();
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 9, 23));
		Case item = cases.add(community, meeting.id(), caseTitled("Avtale med " + secret + " AS", ""));
		Case disqualified = cases.disqualify(community, item.id(), meeting.participants().get(2).personId(),
				"Eig aksjar i " + secret);
		cases.decide(community, item.id(), "Avtalen med " + secret + " vert godkjend.", disqualified.version());
		meetings.changeStatus(community, meeting.id(), MeetingStatus.HELD);
		meetings.get(community, meeting.id()).approvers()
			.forEach(p -> meetings.approveMinutes(community, meeting.id(), p.personId()));
		corrections.correct(community, meeting.id(), item.id(), "Rett namn er " + secret + " Vest AS.");

		assertThat(audit.latest(community.slug(), 100)).filteredOn(e -> e.subject().equals("case " + item.id())
				|| e.subject().equals("meeting " + meeting.id()))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain(secret));
	}

	/** The decision log's page reads one page and the number of all decisions in one query (#11). */
	@Test
	void theDecisionLogIsReadAPageAtATimeWithTheNumberOfAllDecisions() {
		signOut();
		List<Long> all = decisions.search(community, null, null, null).stream().map(DecisionHit::caseId).toList();
		assertThat(all).hasSizeGreaterThan(4).hasSizeLessThan(200);

		Counted<DecisionPage> second = Statements.count(() -> decisions.page(community, null, null, null, 2, 2));
		assertThat(second.result().hits()).extracting(DecisionHit::caseId).containsExactlyElementsOf(all.subList(2, 4));
		assertThat(second.result().total()).isEqualTo(all.size());
		Counted<DecisionPage> pastTheEnd = Statements.count(() -> decisions.page(community, null, null, null, 10_000, 2));
		assertThat(pastTheEnd.result().hits()).isEmpty();
		assertThat(pastTheEnd.result().total()).isEqualTo(all.size());
		assertThat(pastTheEnd.statements()).as("the total of a page past the end read with it, not again")
			.isEqualTo(second.statements()).isEqualTo(1);
	}

	/** A page number past the end shows the last page (its total read with the empty page, then the last page). */
	@Test
	void theDecisionLogPastItsEndShowsTheLastPage() {
		signOut();
		List<DecisionHit> all = decisions.search(community, null, null, null);
		int pages = (all.size() + 1) / 2;

		String page = new Api(port).get("/" + community.slug() + "/decisions?size=2&page=999").body();

		assertThat(page).contains(all.get(all.size() - 1).caseNumber() + "</span>", "Side " + pages + " av " + pages + ".")
			.doesNotContain(all.get(0).caseNumber() + "</span>");
	}

	@Test
	void theDemoDecisionOfDecember2023IsFoundBySearchingForRecruitment() {
		signOut();
		assertThat(decisions.search(community, "rekruttering", null, 2023))
			.anyMatch(hit -> hit.caseNumber().startsWith("SSU") && hit.decision().contains("rekruttering"));
	}

	@Test
	void aMemberWhoJoinsTheForumAfterPlanningIsTakenInWhenTheParticipantsAreFetchedAgain() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 11, 18));
		assertThat(meeting.participants()).hasSize(3);
		fixtures.member(forum, "Brukarrepresentant", no.samhald.partnership.MembershipRole.MEMBER);

		Meeting refreshed = meetings.refreshParticipants(community, meeting.id());

		assertThat(refreshed.participants()).hasSize(4);
		assertThat(refreshed.approvers()).hasSize(2);
	}

	@Test
	void onlyAParticipantCanBeRecordedAsDisqualified() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 11, 4));
		Case item = cases.add(community, meeting.id(), caseTitled("Avtale med Kinn kommune", ""));
		long participant = meeting.participants().get(2).personId();

		Case recorded = cases.disqualify(community, item.id(), participant, "Tilsett i Kinn kommune");
		assertThat(recorded.isDisqualified(participant)).isTrue();
		assertThatThrownBy(() -> cases.disqualify(community, item.id(), -1, "Ukjend"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(cases.disqualify(community, item.id(), participant, null).isDisqualified(participant)).isFalse();
	}

	@Test
	void attachmentsOfAForbiddenTypeOrOverTheLimitAreRefused() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 12, 2));
		Case item = cases.add(community, meeting.id(), caseTitled("Vedlegg", ""));

		assertThatThrownBy(() -> attachments.attach(community, item.id(), "skript.exe", new byte[] { 1, 2 }))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("attachment.type"));
		byte[] tooLarge = new byte[(int) attachments.maxBytes() + 1];
		assertThatThrownBy(() -> attachments.attach(community, item.id(), "stor.pdf", tooLarge))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("attachment.tooLarge"));
		Attachment saved = attachments.attach(community, item.id(), "C:\\saker\\mandat.pdf", "%PDF-1.4".getBytes());
		assertThat(saved.filename()).isEqualTo("mandat.pdf");
		assertThat(attachments.of(community, item)).hasSize(1);
	}

	@Test
	void anAttachmentWhoseContentIsNotWhatItsNameSaysIsRefused() {
		Meeting meeting = fixtures.plan(forum, LocalDate.of(2025, 12, 9));
		Case item = cases.add(community, meeting.id(), caseTitled("Vedlegg etter innhald", ""));
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };

		for (String renamed : new String[] { "mandat.pdf", "budsjett.xlsx", "bilete.png", "notat.txt" }) {
			assertThatThrownBy(() -> attachments.attach(community, item.id(), renamed, program)).as(renamed)
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("attachment.content"));
		}
		assertThatThrownBy(() -> attachments.attach(community, item.id(), "bilete.jpg", png))
			.isInstanceOf(InvalidInputException.class);

		assertThat(attachments.attach(community, item.id(), "kart.png", png).contentType()).isEqualTo("image/png");
		assertThat(attachments.attach(community, item.id(), "plan.docx", new byte[] { 'P', 'K', 3, 4, 20, 0 })
			.filename()).isEqualTo("plan.docx");
		assertThat(attachments.attach(community, item.id(), "liste.csv", "namn;tal\nKinn;3\n".getBytes())
			.filename()).isEqualTo("liste.csv");
	}

}

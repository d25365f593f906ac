package no.samhald.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.platform.AuditLog;

import static no.samhald.meeting.MeetingFixtures.caseTitled;
import static no.samhald.meeting.MeetingFixtures.edited;
import static no.samhald.meeting.MeetingFixtures.meetingOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's forum secretary {@code sekretar} keeps the meetings, cases and minutes of FSU, signed
 * in with the grants the account really holds, and nothing of any other forum; a member keeps
 * nothing; the coordinator keeps every forum. Each test plans meetings of its own, in a year no
 * demo meeting uses, so case numbers of the demo are left alone.
 */
@SamhaldTest
class ForumSecretaryIntegrationTests {

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Forums forums;

	@Autowired
	Meetings meetings;

	@Autowired
	Cases cases;

	@Autowired
	Attachments attachments;

	@Autowired
	Matters matters;

	@Autowired
	AuditLog audit;

	Community community;

	Forum fsu;

	Forum ssu;

	@BeforeEach
	void theDemoForums() {
		community = fixtures.sogn();
		fsu = forum("Fagleg samarbeidsutval");
		ssu = forum("Strategisk samarbeidsutval");
	}

	@AfterEach
	void signedOut() {
		SignedIn.out();
	}

	@Test
	void theSecretaryPlansAnFsuMeetingPutsCasesOnItsAgendaAndWritesTheMinutes() {
		signInAs("sekretar");
		Meeting planned = meetings.plan(community, meetingOn(fsu, someDayIn2031()));
		Meeting changed = meetings.update(community, planned.id(), moved(planned, "Skei"));
		assertThat(changed.place()).isEqualTo("Skei");
		meetings.changeStatus(community, planned.id(), MeetingStatus.NOTICE_SENT);

		Case item = cases.add(community, planned.id(), caseTitled("Sekretærens sak " + unique(), "Forslag"));
		cases.update(community, item.id(), edited(item, item.title(), "Betre forslag"));
		attachments.attach(community, item.id(), "saksframlegg.txt", "Saksframlegg".getBytes(StandardCharsets.UTF_8));
		meetings.changeStatus(community, planned.id(), MeetingStatus.HELD);
		Case decided = cases.decide(community, item.id(), "Vedteke som foreslått", cases.get(community, item.id()).version());
		Meeting drafted = meetings.saveMinutesNotes(community, planned.id(), "Møtet vart halde.",
				meetings.get(community, planned.id()).version());

		assertThat(decided.isDecided()).isTrue();
		assertThat(attachments.of(community, decided)).extracting(Attachment::filename).containsExactly("saksframlegg.txt");
		assertThat(drafted.minutesNotes()).isEqualTo("Møtet vart halde.");
		assertThat(drafted.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(audit.latest(community.slug(), 20))
			.filteredOn(entry -> entry.subject().equals("meeting " + planned.id()))
			.extracting(AuditLog.Entry::actor)
			.contains("sekretar");
	}

	@Test
	void theSecretaryRecordsTheApprovalsGivenInTheMeetingAndTheMinutesLock() {
		signInAs("sekretar");
		Meeting held = meetings.plan(community, meetingOn(fsu, someDayIn2031()));
		meetings.changeStatus(community, held.id(), MeetingStatus.HELD);
		assertThat(held.approvers()).as("FSU has a chair who approves the minutes").isNotEmpty();

		Meeting approved = held;
		for (Participant approver : held.approvers()) {
			approved = meetings.approveMinutes(community, held.id(), approver.personId());
		}

		assertThat(approved.isLocked()).isTrue();
	}

	@Test
	void theSecretaryOfFsuKeepsNothingOfSsu() {
		signInAs("koordinator");
		Meeting ssuMeeting = meetings.plan(community, meetingOn(ssu, someDayIn2031()));
		Case ssuCase = cases.add(community, ssuMeeting.id(), caseTitled("SSU-sak " + unique(), "Forslag"));

		signInAs("sekretar");
		assertThat(meetings.keptForums(community)).extracting(Forum::id).containsExactly(fsu.id());
		assertThatThrownBy(() -> meetings.plan(community, meetingOn(ssu, someDayIn2031())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.update(community, ssuMeeting.id(), moved(ssuMeeting, "Skei")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.changeStatus(community, ssuMeeting.id(), MeetingStatus.NOTICE_SENT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cases.add(community, ssuMeeting.id(), caseTitled("Ikkje min", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cases.decide(community, ssuCase.id(), "Vedteke", ssuCase.version()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> attachments.attach(community, ssuCase.id(), "a.txt", "a".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.saveMinutesNotes(community, ssuMeeting.id(), "Notat", ssuMeeting.version()))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("koordinator");
		assertThat(meetings.get(community, ssuMeeting.id()).status()).isEqualTo(MeetingStatus.PLANNED);
		assertThat(cases.agenda(community, ssuMeeting.id())).extracting(Case::id).containsExactly(ssuCase.id());
		assertThat(cases.get(community, ssuCase.id()).isDecided()).isFalse();
	}

	@Test
	void aMemberKeepsNoForumAndTheCoordinatorKeepsThemAll() {
		signInAs("sekretar");
		Meeting fsuMeeting = meetings.plan(community, meetingOn(fsu, someDayIn2031()));

		signInAs("medlem");
		assertThat(meetings.keptForums(community)).isEmpty();
		assertThatThrownBy(() -> meetings.plan(community, meetingOn(fsu, someDayIn2031())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cases.add(community, fsuMeeting.id(), caseTitled("Medlemmets sak", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.saveMinutesNotes(community, fsuMeeting.id(), "Notat", fsuMeeting.version()))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("koordinator");
		assertThat(meetings.keptForums(community)).extracting(Forum::id).contains(fsu.id(), ssu.id());
		Case added = cases.add(community, fsuMeeting.id(), caseTitled("Koordinatorens sak " + unique(), ""));
		assertThat(cases.agenda(community, fsuMeeting.id())).extracting(Case::id).containsExactly(added.id());
	}

	@Test
	void theSecretaryRecordsTheStepsInFsuOfAMatterThatACoordinatorCreated() {
		signInAs("sekretar");
		assertThatThrownBy(() -> matters.create(community, "Sekretærens eiga sak", ""))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("koordinator");
		Matter matter = matters.create(community, "Forankring " + unique(), "");
		matters.addStep(community, matter.id(), step(ssu, AnchoringOutcome.PLANNED, 0));

		signInAs("sekretar");
		Matter withFsu = matters.addStep(community, matter.id(), step(fsu, AnchoringOutcome.PLANNED, 0));
		int fsuStep = withFsu.steps().stream().filter(s -> s.forumId().equals(fsu.id())).findFirst().orElseThrow().number();
		Matter recorded = matters.updateStep(community, matter.id(), fsuStep, step(fsu, AnchoringOutcome.RECOMMENDED, 0));
		int ssuStep = recorded.steps().stream().filter(s -> s.forumId().equals(ssu.id())).findFirst().orElseThrow().number();

		assertThat(recorded.step(fsuStep).orElseThrow().outcome()).isEqualTo(AnchoringOutcome.RECOMMENDED);
		assertThatThrownBy(() -> matters.updateStep(community, matter.id(), ssuStep, step(ssu, AnchoringOutcome.ADOPTED, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> matters.addStep(community, matter.id(), step(ssu, AnchoringOutcome.PLANNED, 0)))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Signs in with the account's real grants, as the sign-in page would. */
	private void signInAs(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private Forum forum(String name) {
		return forums.all(community.id()).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	private static SaveMeeting moved(Meeting meeting, String place) {
		return new SaveMeeting(meeting.forumId(), meeting.title(), meeting.startsAt().toLocalDate(),
				meeting.startsAt().toLocalTime(), meeting.endsAt().toLocalTime(), place, null, meeting.publicMeeting(),
				meeting.version());
	}

	private static SaveStep step(Forum forum, AnchoringOutcome outcome, int version) {
		return new SaveStep(forum.id(), LocalDate.of(2031, 3, 1), outcome, "", null, false, version);
	}

	private static LocalDate someDayIn2031() {
		return LocalDate.of(2031, 1, 1).plusDays((long) (Math.random() * 360));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}

package no.samhald.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingFixtures;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.meeting.SaveMeeting;
import no.samhald.notification.MinutesReminders.Reminder;
import no.samhald.partnership.AddMember;
import no.samhald.partnership.AddPerson;
import no.samhald.partnership.Forum;
import no.samhald.partnership.ForumKind;
import no.samhald.partnership.Forums;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.partnership.Representation;
import no.samhald.partnership.SaveForum;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SamhaldTest
class MeetingNotificationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Meetings meetings;

	@Autowired
	Cases cases;

	@Autowired
	Forums forums;

	@Autowired
	People people;

	@Autowired
	Communities communities;

	@Autowired
	MinutesReminders reminders;

	@Autowired
	Clock clock;

	@Test
	void theNoticeInvitesEachParticipantWithAnEmailAndChangesAndTheCancellationFollowTheSameUid() throws Exception {
		Community community = sogn();
		Board board = board();
		Meeting meeting = SignedIn.asCoordinator(() -> meetings.plan(community, meetingOf(board, LocalTime.of(9, 0), 0)));
		SignedIn.asCoordinator(() -> cases.add(community, meeting.id(),
				MeetingFixtures.caseTitled("Felles rutine for utskriving", "Rutinen vert vedteken.")));
		Meeting noticed = SignedIn.asCoordinator(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.NOTICE_SENT));

		String notice = "/sogn-og-fjordane/meetings/" + meeting.id() + "/notice";
		MimeMessage toChair = arrived(board.chairEmail(), notice, "Innkalling");
		MimeMessage toDeputy = arrived(board.deputyEmail(), notice, "Innkalling");
		assertThat(MailTexts.plain(toChair)).contains("Felles rutine for utskriving", "Førde", "09:00–11:30",
				"http://localhost:8080" + notice);
		String uid = "UID:meeting-" + meeting.id() + "@sogn-og-fjordane.samhald.no";
		String invitation = invitation(toChair);
		assertThat(unfolded(invitation)).contains("METHOD:REQUEST\r\n", uid + "\r\n", "SEQUENCE:0\r\n",
				"STATUS:CONFIRMED\r\n", "DTSTART:" + utc(board, 9) + "\r\n", "LOCATION:Førde\r\n",
				"URL:http://localhost:8080" + notice + "\r\n", "mailto:" + board.chairEmail() + "\r\n");
		assertThat(invitation).as("every line ends in CRLF").doesNotContainPattern("[^\r]\n").endsWith("\r\n");
		assertThat(invitation.split("\r\n")).as("folded at 75 octets").allSatisfy(
				line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(unfolded(invitation(toDeputy))).contains(uid, "mailto:" + board.deputyEmail());

		SignedIn.asCoordinator(() -> meetings.update(community, meeting.id(), meetingOf(board, LocalTime.of(10, 0), noticed.version())));
		String moved = unfolded(invitation(arrived(board.chairEmail(), notice, "Møtet er endra")));
		assertThat(moved).contains("METHOD:REQUEST\r\n", uid + "\r\n", "SEQUENCE:1\r\n", "DTSTART:" + utc(board, 10) + "\r\n");

		SignedIn.asCoordinator(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.PLANNED));
		String cancelled = unfolded(invitation(arrived(board.chairEmail(), notice, "Avlyst")));
		assertThat(cancelled).contains("METHOD:CANCEL\r\n", uid + "\r\n", "SEQUENCE:2\r\n", "STATUS:CANCELLED\r\n");
		assertThat(mailsTo(board.memberWithoutEmailName())).isEmpty();
	}

	@Test
	void cancellingANoticedMeetingSendsTheCancellationOfTheSameInvitation() throws Exception {
		Community community = sogn();
		Board board = board();
		Meeting meeting = SignedIn.asCoordinator(() -> meetings.plan(community, meetingOf(board, LocalTime.of(9, 0), 0)));
		Meeting noticed = SignedIn.asCoordinator(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.NOTICE_SENT));
		String notice = "/sogn-og-fjordane/meetings/" + meeting.id() + "/notice";
		arrived(board.chairEmail(), notice, "Innkalling");

		Meeting cancelled = SignedIn.asCoordinator(
				() -> cancellations.cancel(community, meeting.id(), "Leiaren er sjuk.", noticed.version()));

		assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
		String uid = "UID:meeting-" + meeting.id() + "@sogn-og-fjordane.samhald.no";
		String invitation = unfolded(invitation(arrived(board.deputyEmail(), notice, "Avlyst")));
		assertThat(invitation).contains("METHOD:CANCEL\r\n", uid + "\r\n", "SEQUENCE:1\r\n", "STATUS:CANCELLED\r\n");
	}

	@Autowired
	no.samhald.meeting.MeetingCancellations cancellations;

	@Test
	void minutesToApproveAreMailedToTheChairAndDeputyAndRemindedOfOnceFiveDaysLater() throws Exception {
		Community community = sogn();
		Board board = board();
		Meeting meeting = SignedIn.asCoordinator(() -> meetings.plan(community, meetingOf(board, LocalTime.of(9, 0), 0)));
		SignedIn.asCoordinator(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.HELD));

		String minutes = "/sogn-og-fjordane/meetings/" + meeting.id() + "/minutes";
		assertThat(arrived(board.chairEmail(), minutes, "Protokoll å godkjenne").getSubject()).contains(board.forum().name());
		arrived(board.deputyEmail(), minutes, "Protokoll å godkjenne");

		LocalDate today = LocalDate.now(clock);
		await().atMost(Duration.ofSeconds(30)).until(() -> !remindersOf(meeting, reminders.remind(today.plusDays(4))).isEmpty()
				|| requested(meeting));
		assertThat(remindersOf(meeting, reminders.remind(today.plusDays(4)))).isEmpty();
		assertThat(remindersOf(meeting, reminders.remind(today.plusDays(5)))).containsExactlyInAnyOrder(
				new Reminder(meeting.id(), board.chairEmail()), new Reminder(meeting.id(), board.deputyEmail()));
		assertThat(remindersOf(meeting, reminders.remind(today.plusDays(5)))).isEmpty();
		assertThat(remindersOf(meeting, reminders.remind(today.plusDays(6)))).isEmpty();
		assertThat(arrived(board.chairEmail(), minutes, "Påminning").getSubject()).contains(board.forum().name());
	}

	@Test
	void aParticipantWithAnAccountIsMailedAtItsAddressAndAsChosen() {
		Community community = sogn();
		Board board = board();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String chairAccount = account("leiarkonto-" + tag, board.chair());
		String deputyAccount = account("nestleiarkonto-" + tag, board.deputy());
		SignedIn.as(deputyAccount, Role.MEMBER, SignedIn.SOGN);
		try {
			preferences.saveMine(Map.of(MailKind.MEETING_NOTICE, Delivery.OFF));
		}
		finally {
			SignedIn.out();
		}
		Meeting meeting = SignedIn.asCoordinator(() -> meetings.plan(community, meetingOf(board, LocalTime.of(9, 0), 0)));
		SignedIn.asCoordinator(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.NOTICE_SENT));

		String notice = "/sogn-og-fjordane/meetings/" + meeting.id() + "/notice";
		arrived(chairAccount + "@test.example", notice, "Innkalling");
		assertThat(outboxTo(board.chairEmail())).as("not at the person's address too").isZero();
		assertThat(outboxTo(deputyAccount + "@test.example") + outboxTo(board.deputyEmail()))
			.as("the deputy turned meeting notices off").isZero();
	}

	/** A new account of the community with an e-mail of its own, linked to the person. */
	private String account(String username, Person person) {
		accounts.createIfAbsent(username, UUID.randomUUID().toString(), person.name(), Role.MEMBER, SignedIn.SOGN);
		jdbc.sql("update account set email = :email where username = :username")
			.param("email", username + "@test.example")
			.param("username", username)
			.update();
		assertThat(accountLinks.link(username, SignedIn.SOGN, person.id())).isTrue();
		return username;
	}

	private int outboxTo(String recipient) {
		return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:recipient)")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountLinks accountLinks;

	@Autowired
	JdbcClient jdbc;

	private boolean requested(Meeting meeting) {
		return jdbc.sql("select count(*) from minutes_approval_request where meeting_id = :id")
			.param("id", meeting.id())
			.query(Integer.class)
			.single() == 1;
	}

	private static List<Reminder> remindersOf(Meeting meeting, List<Reminder> sent) {
		return sent.stream().filter(r -> r.meetingId() == meeting.id()).toList();
	}

	/** A forum of its own with a chair and a deputy who have e-mail, and a member who has none. */
	private Board board() {
		return SignedIn.asCoordinator(() -> {
			Community community = sogn();
			String tag = UUID.randomUUID().toString().substring(0, 8);
			Forum forum = forums.create(community, new SaveForum(ForumKind.WORKING_GROUP, "Varslingsutval " + tag,
					"VU" + tag.substring(0, 3), null, "", "", false, 0));
			Person chair = member(community, forum, "Leiar " + tag, "leiar-" + tag + "@test.example", MembershipRole.LEADER);
			Person deputy = member(community, forum, "Nestleiar " + tag, "nestleiar-" + tag + "@test.example",
					MembershipRole.DEPUTY_LEADER);
			Person member = member(community, forum, "Medlem " + tag, null, MembershipRole.MEMBER);
			return new Board(forum, chair, deputy, member.name());
		});
	}

	private Person member(Community community, Forum forum, String name, String email, MembershipRole role) {
		Person person = people.create(community, new AddPerson(name, "", email));
		forums.addMember(community, forum.id(),
				new AddMember(person.id(), role, null, Representation.PARTNER, LocalDate.of(2020, 1, 1), null));
		return person;
	}

	private static SaveMeeting meetingOf(Board board, LocalTime start, int version) {
		return new SaveMeeting(board.forum().id(), null, board.day(), start, start.plusHours(2).plusMinutes(30), "Førde",
				null, false, version);
	}

	/** The start in UTC as the invitation writes it: Norway is one hour ahead in winter, two in summer. */
	private static String utc(Board board, int hour) {
		return board.day().atTime(hour, 0).atZone(java.time.ZoneId.of("Europe/Oslo"))
			.withZoneSameInstant(java.time.ZoneOffset.UTC)
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
	}

	private static MimeMessage arrived(String to, String path, String subject) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> MailTexts.find(smtp, to, path, subject), Optional::isPresent)
			.orElseThrow();
	}

	private static List<MimeMessage> mailsTo(String name) {
		return java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> MailTexts.plain(m).contains(name))
			.toList();
	}

	/** The lines of the calendar with folded lines joined again (RFC 5545, 3.1). */
	private static String unfolded(String calendar) {
		return calendar.replace("\r\n ", "");
	}

	/** The text of the mail's {@code invitation.ics}, line ends as sent. */
	private static String invitation(Part part) throws Exception {
		if (MeetingInvitations.FILE_NAME.equals(part.getFileName())) {
			var bytes = new ByteArrayOutputStream();
			part.getDataHandler().getInputStream().transferTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = invitation(multipart.getBodyPart(i));
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private record Board(Forum forum, Person chair, Person deputy, String memberWithoutEmailName) {

		String chairEmail() {
			return chair.email();
		}

		String deputyEmail() {
			return deputy.email();
		}

		LocalDate day() {
			return LocalDate.of(2027, 3, 17);
		}

	}

}

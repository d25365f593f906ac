package no.samhald.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.SignedIn;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.AddMember;
import no.samhald.partnership.ForumKind;
import no.samhald.partnership.Forums;
import no.samhald.partnership.SaveForum;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.partnership.AddPerson;
import no.samhald.partnership.Representation;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.SignedInUser;

/**
 * What the meeting tests set up for themselves: a forum of their own with a chair, a deputy
 * chair and a member, and a signed-in person, so no test depends on another or on demo data.
 */
@Component
public class MeetingFixtures {

	private final Communities communities;

	private final Forums forums;

	private final People people;

	private final Meetings meetings;

	MeetingFixtures(Communities communities, Forums forums, People people, Meetings meetings) {
		this.communities = communities;
		this.forums = forums;
		this.people = people;
		this.meetings = meetings;
	}

	public Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	public static void signInAs(String username, Role role, String community) {
		var user = new SignedInUser(username, "", false, username, role, community);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** Signs in as the account of a person of the community, such as a chair approving minutes. */
	public static void signInAsPerson(String username, long personId, String community) {
		var user = new SignedInUser(username, "", false, username, Role.MEMBER, community, personId);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void signInAsCoordinator() {
		signInAs("koordinator", Role.COORDINATOR, "sogn-og-fjordane");
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** A new forum with three members: chair, deputy chair and member, in that order. */
	public Forum forumWithMembers() {
		return SignedIn.asCoordinator(() -> {
			Forum forum = forums.create(sogn(), new SaveForum(ForumKind.WORKING_GROUP,
					"Testutval " + UUID.randomUUID().toString().substring(0, 8), "TU" + (int) (Math.random() * 1000),
					null, "", "", true, 0));
			member(forum, "Leiar", MembershipRole.LEADER);
			member(forum, "Nestleiar", MembershipRole.DEPUTY_LEADER);
			member(forum, "Medlem", MembershipRole.MEMBER);
			return forum;
		});
	}

	public void member(Forum forum, String name, MembershipRole role) {
		SignedIn.asCoordinator(() -> addMember(forum, name, role));
	}

	private Person addMember(Forum forum, String name, MembershipRole role) {
		Community c = sogn();
		Person saved = people.create(c, new AddPerson(name + " " + UUID.randomUUID().toString().substring(0, 6), "", null));
		forums.addMember(c, forum.id(),
				new AddMember(saved.id(), role, null, Representation.PARTNER, LocalDate.of(2020, 1, 1), null));
		return saved;
	}

	public static SaveMeeting meetingOn(Forum forum, LocalDate day) {
		return new SaveMeeting(forum.id(), null, day, LocalTime.of(9, 0), LocalTime.of(11, 30), "Førde", null, true, 0);
	}

	/** A meeting the public may not see. */
	public static SaveMeeting closedMeetingOn(Forum forum, LocalDate day) {
		var open = meetingOn(forum, day);
		return new SaveMeeting(open.forumId(), open.title(), day, open.startTime(), open.endTime(), open.place(),
				open.videoLink(), false, 0);
	}

	public Meeting plan(Forum forum, LocalDate day) {
		return meetings.plan(sogn(), meetingOn(forum, day));
	}

	public static SaveCase caseTitled(String title, String proposal) {
		return numbered(null, title, proposal);
	}

	/** A case with the number typed in, as when following an existing journal. */
	public static SaveCase numbered(Integer number, String title, String proposal) {
		return new SaveCase(number, title, null, CaseType.DECISION, "Bakgrunn for " + title, proposal, false, null, null,
				0);
	}

	/** A case exempt from public access, shown to the public only by its public title. */
	public static SaveCase exemptCase(String title, String publicTitle, String proposal, String basis) {
		return new SaveCase(null, title, publicTitle, CaseType.DECISION, "Bakgrunn for " + title, proposal, true, basis,
				null, 0);
	}

	/** The stored case as a person who opened it changes its title and proposal. */
	public static SaveCase edited(Case item, String title, String proposal) {
		return new SaveCase(item.number(), title, item.publicTitle(), item.type(), item.background(), proposal,
				item.exempt(), item.exemptionBasis(), item.matterId(), item.version());
	}

}

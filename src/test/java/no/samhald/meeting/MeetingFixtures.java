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

	public static MeetingDetails meetingOn(Forum forum, LocalDate day) {
		var details = new MeetingDetails();
		details.setForumId(forum.id());
		details.setDate(day);
		details.setStartTime(LocalTime.of(9, 0));
		details.setEndTime(LocalTime.of(11, 30));
		details.setPlace("Førde");
		details.setPublicMeeting(true);
		return details;
	}

	public Meeting plan(Forum forum, LocalDate day) {
		return meetings.plan(sogn(), meetingOn(forum, day));
	}

	public static CaseDetails caseTitled(String title, String proposal) {
		var details = new CaseDetails();
		details.setTitle(title);
		details.setType(CaseType.DECISION);
		details.setBackground("Bakgrunn for " + title);
		details.setProposal(proposal);
		return details;
	}

}

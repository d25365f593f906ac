package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.invitation.Invitation;
import no.samhald.invitation.Invitations;
import no.samhald.platform.Access;

/**
 * Pending invitations, for the community's coordinators: who was invited, dated by when the link
 * expires, linking to the list where a coordinator revokes or sends a new one. An expiring link is
 * no one's missed deadline, so nothing here is ever overdue.
 */
@Component
record InvitationTasks(Invitations invitations, Access access) implements TaskSource {

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		if (!access.canCoordinate(community.slug())) {
			return List.of();
		}
		return invitations.pending(community).stream().map(invitation -> task(community, invitation)).toList();
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return List.of();
	}

	private static Task task(Community community, Invitation invitation) {
		return new Task(TaskKind.PENDING_INVITATION, community.slug(), invitation.id(),
				invitation.name() + " (" + invitation.email() + ")",
				invitation.expiresAt().atZone(MyWork.NORWAY).toLocalDate(), false,
				"/" + community.slug() + "/invitations", null);
	}

}

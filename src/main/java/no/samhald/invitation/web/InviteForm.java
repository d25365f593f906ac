package no.samhald.invitation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.samhald.invitation.Invite;
import no.samhald.invitation.InvitedRole;
import no.samhald.platform.NoIdentityNumber;
import no.samhald.platform.SignedInUser.Role;

/**
 * A coordinator's invitation: who, the language of the mail, member or coordinator, and at
 * most one partner, forum and measure for the scoped roles.
 */
record InviteForm(@NotBlank @Size(max = 200) @NoIdentityNumber String name,
		@NotBlank @Email @Size(max = 200) String email, @NotBlank @Pattern(regexp = "nn|nb|en") String language,
		@NotNull Role baseRole, Long partnerId, Long forumId, Long measureId) {

	/** A blank invitation: a member, mailed in Nynorsk. */
	static InviteForm blank() {
		return new InviteForm(null, null, "nn", Role.MEMBER, null, null, null);
	}

	Invite toCommand() {
		var scoped = new ArrayList<InvitedRole>();
		if (partnerId != null) {
			scoped.add(new InvitedRole(Role.PARTNER_CONTACT, partnerId));
		}
		if (forumId != null) {
			scoped.add(new InvitedRole(Role.FORUM_SECRETARY, forumId));
		}
		if (measureId != null) {
			scoped.add(new InvitedRole(Role.MEASURE_OWNER, measureId));
		}
		return new Invite(name.strip(), email.strip(), language, baseRole, List.copyOf(scoped));
	}

}

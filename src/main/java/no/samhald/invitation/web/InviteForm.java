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
class InviteForm {

	@NotBlank
	@Size(max = 200)
	@NoIdentityNumber
	private String name;

	@NotBlank
	@Email
	@Size(max = 200)
	private String email;

	@NotBlank
	@Pattern(regexp = "nn|nb|en")
	private String language = "nn";

	@NotNull
	private Role baseRole = Role.MEMBER;

	private Long partnerId;

	private Long forumId;

	private Long measureId;

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

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public Role getBaseRole() { return baseRole; }
	public void setBaseRole(Role baseRole) { this.baseRole = baseRole; }
	public Long getPartnerId() { return partnerId; }
	public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
	public Long getForumId() { return forumId; }
	public void setForumId(Long forumId) { this.forumId = forumId; }
	public Long getMeasureId() { return measureId; }
	public void setMeasureId(Long measureId) { this.measureId = measureId; }

}

package no.samhald.invitation.web;

import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.invitation.Invitations;
import no.samhald.invitation.RoleScopes;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.PageAction;
import no.samhald.platform.SignedInUser.Role;

/**
 * The coordinator's page of invitations and roles: invite someone, see and revoke the pending
 * invitations, and see the community's accounts with their scoped roles and take one away.
 */
@Controller
@RequestMapping("/{community}/invitations")
record InvitationController(Invitations invitations, RoleScopes scopes) {

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	@GetMapping
	String page(Community community, Model model) {
		return page(community, InviteForm.blank(), model);
	}

	@PostMapping
	String invite(Community community, @Valid @ModelAttribute("invite") InviteForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			invitations.invite(community, form.toCommand());
			return community.redirectTo("/invitations?sent");
		}, () -> page(community, form, model));
	}

	@PostMapping("/{id}/revoke")
	String revoke(Community community, @PathVariable long id, Model model) {
		return PageAction.run(model, () -> {
			invitations.revoke(community, id);
			return community.redirectTo("/invitations?revoked");
		}, () -> page(community, InviteForm.blank(), model));
	}

	@PostMapping("/roles/revoke")
	String revokeRole(Community community, @RequestParam String username, @RequestParam Role role,
			@RequestParam long scopeId, Model model) {
		return PageAction.run(model, () -> {
			invitations.revokeRole(community, username, role, scopeId);
			return community.redirectTo("/invitations?roleRevoked");
		}, () -> page(community, InviteForm.blank(), model));
	}

	private String page(Community community, InviteForm form, Model model) {
		model.addAttribute("pending", invitations.pending(community));
		model.addAttribute("accounts", invitations.accounts(community));
		model.addAttribute("scopeNames", scopes.allNames(community));
		model.addAttribute("partners", scopes.choices(community, Role.PARTNER_CONTACT));
		model.addAttribute("forums", scopes.choices(community, Role.FORUM_SECRETARY));
		model.addAttribute("measures", scopes.choices(community, Role.MEASURE_OWNER));
		model.addAttribute("baseRoles", new Role[] { Role.MEMBER, Role.COORDINATOR });
		model.addAttribute("languages", new String[] { "nn", "nb", "en" });
		model.addAttribute("zone", NORWAY);
		model.addAttribute("invite", form);
		return "invitation/manage";
	}

}

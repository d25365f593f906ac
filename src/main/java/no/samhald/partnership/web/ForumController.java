package no.samhald.partnership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import no.samhald.partnership.Forum;
import no.samhald.partnership.ForumKind;
import no.samhald.partnership.Forums;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Representation;
import no.samhald.platform.Access;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.SignedInUser.Role;

@Controller
@RequestMapping("/{community}/forums")
record ForumController(Forums forums, Partners partners, People people, Access access, AccountLinks accountLinks,
		Clock clock) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("forums", forums.all(community.id()));
		return "partnership/forums";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		var membership = new MembershipForm();
		membership.startDate = LocalDate.now(clock);
		return detailPage(community, id, membership, model);
	}

	@PostMapping("/{id}/members")
	String addMember(Community community, @PathVariable long id,
			@Valid @ModelAttribute("membership") MembershipForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			forums.addMember(community, id, form.toCommand());
			return community.redirectTo("/forums/" + id + "?memberAdded#members");
		}, () -> detailPage(community, id, form, model));
	}

	@PostMapping("/{id}/members/{membershipId}/end")
	String endMember(Community community, @PathVariable long id, @PathVariable long membershipId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
		forums.endMembership(community, id, membershipId, lastDay);
		return community.redirectTo("/forums/" + id + "?memberEnded#members");
	}

	private String detailPage(Community community, long id, MembershipForm membership, Model model) {
		Forum forum = forums.get(community.id(), id);
		model.addAttribute("forum", forum);
		model.addAttribute("ancestors", forums.ancestors(community.id(), id));
		model.addAttribute("children", forums.children(community.id(), id));
		model.addAttribute("members", forums.members(community.id(), id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("gaps", forums.representationGaps(community.id(), id));
		// who keeps the forum's meetings, for members to know whom to ask; not shown to the public
		model.addAttribute("secretaries", access.isMemberOf(community.slug())
				? accountLinks.holders(Role.FORUM_SECRETARY, community.slug(), id) : List.of());
		model.addAttribute("membership", membership);
		model.addAttribute("people", people.all(community.id()));
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("representations", Representation.values());
		return "partnership/forum";
	}

	@GetMapping("/new")
	String newForm(Community community, @RequestParam(required = false) Long parentId, Model model) {
		access.requireCoordinator(community.slug());
		var form = new ForumForm();
		form.kind = ForumKind.WORKING_GROUP;
		form.parentId = parentId;
		return form(community, form, null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("forum") ForumForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Forum saved = forums.create(community, form.toCommand());
			return community.redirectTo("/forums/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, ForumForm.of(forums.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("forum") ForumForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> forums.get(community.id(), id), () -> {
			forums.update(community, id, form.toCommand());
			return community.redirectTo("/forums/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	private String form(Community community, ForumForm form, Long id, Model model) {
		model.addAttribute("forum", form);
		model.addAttribute("forumId", id);
		model.addAttribute("kinds", ForumKind.values());
		model.addAttribute("parents", forums.all(community.id()).stream().filter(f -> !f.id().equals(id)).toList());
		return "partnership/forumForm";
	}

}

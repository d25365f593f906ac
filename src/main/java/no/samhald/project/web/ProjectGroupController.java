package no.samhald.project.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.partnership.People;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.project.ProjectRole;
import no.samhald.project.Projects;

/** The project group and the milestones of the timeline: short forms of their own. */
@Controller
@RequestMapping("/{community}/projects/{id}")
record ProjectGroupController(Projects projects, People people, Access access) {

	@GetMapping("/members/new")
	String newMember(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return memberForm(community, id, new ProjectMemberForm(), model);
	}

	@PostMapping("/members")
	String addMember(Community community, @PathVariable long id,
			@Valid @ModelAttribute("member") ProjectMemberForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			projects.addMember(community, id, form.toCommand());
			return community.redirectTo("/projects/" + id + "?memberAdded#organisation");
		}, () -> memberForm(community, id, form, model));
	}

	@PostMapping("/members/{memberId}/remove")
	String removeMember(Community community, @PathVariable long id, @PathVariable long memberId) {
		projects.removeMember(community, id, memberId);
		return community.redirectTo("/projects/" + id + "?memberRemoved#organisation");
	}

	@GetMapping("/milestones/new")
	String newMilestone(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return milestoneForm(community, id, new MilestoneForm(), model);
	}

	@PostMapping("/milestones")
	String addMilestone(Community community, @PathVariable long id,
			@Valid @ModelAttribute("milestone") MilestoneForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			projects.addMilestone(community, id, form.toCommand());
			return community.redirectTo("/projects/" + id + "?milestoneAdded#timeline");
		}, () -> milestoneForm(community, id, form, model));
	}

	private String memberForm(Community community, long id, ProjectMemberForm form, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("member", form);
		model.addAttribute("people", people.all(community.id()));
		model.addAttribute("roles", ProjectRole.values());
		return "project/memberForm";
	}

	private String milestoneForm(Community community, long id, MilestoneForm form, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("milestone", form);
		return "project/milestoneForm";
	}

}

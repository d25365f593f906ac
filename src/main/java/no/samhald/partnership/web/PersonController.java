package no.samhald.partnership.web;

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
import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/people")
record PersonController(People people, Forums forums, Access access) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("people", people.all(community.id()));
		return "partnership/people";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		model.addAttribute("person", people.get(community.id(), id));
		model.addAttribute("memberships", people.membershipsOf(community.id(), id));
		model.addAttribute("forums", forums.all(community.id()));
		return "partnership/person";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		model.addAttribute("person", new PersonForm());
		return "partnership/personForm";
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("person") PersonForm form, BindingResult result) {
		return FormSubmission.save(result, () -> {
			Person saved = people.create(community, form.toCommand());
			return community.redirectTo("/people/" + saved.id() + "?saved");
		}, () -> "partnership/personForm");
	}

}

package no.samhald.placement.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.placement.DoctorLink;
import no.samhald.placement.PlacementDoctors;
import no.samhald.placement.PlacementRound;
import no.samhald.placement.PlacementRounds;
import no.samhald.platform.FormSubmission;

/**
 * The doctors of a round, for its allocators: entered one by one or imported from CSV. The personal
 * links of new doctors are shown once, on the page that answers the POST (never in an address), to
 * be sent to each doctor; a lost link is replaced by a new one.
 */
@Controller
@RequestMapping("/{community}/placement-rounds/{round}/doctors")
record DoctorController(PlacementRounds rounds, PlacementDoctors doctors, WishLinks links) {

	@GetMapping
	String list(Community community, @PathVariable long round, Model model) {
		return page(community, rounds.get(community.id(), round), DoctorForm.blank(), List.of(), model);
	}

	@PostMapping
	String add(Community community, @PathVariable long round, @ModelAttribute("doctor") DoctorForm form,
			BindingResult result, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return FormSubmission.save(result,
				() -> page(community, r, DoctorForm.blank(), List.of(doctors.add(community, r, form.name(), form.email())), model),
				() -> page(community, r, form, List.of(), model));
	}

	@PostMapping("/import")
	String importCsv(Community community, @PathVariable long round, @ModelAttribute("doctor") DoctorForm form,
			BindingResult result, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return FormSubmission.save(result,
				() -> page(community, r, DoctorForm.blank(), doctors.importCsv(community, r, form.csv()), model),
				() -> page(community, r, form, List.of(), model));
	}

	@PostMapping("/{doctor}/link")
	String newLink(Community community, @PathVariable long round, @PathVariable long doctor, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return page(community, r, DoctorForm.blank(), List.of(doctors.newLink(community, r, doctor)), model);
	}

	private String page(Community community, PlacementRound round, DoctorForm form, List<DoctorLink> newLinks,
			Model model) {
		model.addAttribute("round", round);
		model.addAttribute("doctors", doctors.of(community, round));
		model.addAttribute("wishes", doctors.wishes(community, round));
		model.addAttribute("doctor", form);
		model.addAttribute("newLinks", newLinks.stream().map(l -> new WishLinks.Shown(l.doctor().name(),
				links.of(community, l.token()))).toList());
		return "placement/doctors";
	}

}

package no.samhald.placement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.placement.DoctorWishes;
import no.samhald.placement.PlacementDoctors;
import no.samhald.platform.ConflictException;
import no.samhald.platform.FormSubmission;

/**
 * A doctor's own page, reached by their personal link without signing in: the places of their
 * round to rank, and their constraints. The link is the secret; a wrong one finds nothing.
 */
@Controller
@RequestMapping("/{community}/placement-wishes/{token}")
record WishController(PlacementDoctors doctors) {

	@GetMapping
	String wishes(Community community, @PathVariable String token, Model model) {
		DoctorWishes wishes = doctors.byLink(community, token);
		return page(wishes, WishForm.of(wishes), token, model);
	}

	@PostMapping
	String save(Community community, @PathVariable String token, @ModelAttribute("wish") WishForm form,
			BindingResult result, Model model) {
		DoctorWishes current = doctors.byLink(community, token);
		return FormSubmission.update(result, model, form, () -> doctors.byLink(community, token).doctor(), () -> {
			try {
				doctors.saveWishes(community, token, form.toCommand());
				return "redirect:/" + community.slug() + "/placement-wishes/" + token + "?saved";
			}
			catch (ConflictException ex) {
				// Too late: the form comes back as typed, with why it cannot be saved.
				result.reject(ex.messageKey());
				return page(current, form, token, model);
			}
		}, () -> page(current, form, token, model));
	}

	private static String page(DoctorWishes wishes, WishForm form, String token, Model model) {
		model.addAttribute("wishes", wishes);
		model.addAttribute("wish", form);
		model.addAttribute("token", token);
		return "placement/wishes";
	}

}

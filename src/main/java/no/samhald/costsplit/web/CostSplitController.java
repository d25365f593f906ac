package no.samhald.costsplit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.costsplit.CostSplits;
import no.samhald.costsplit.SplitBasis;
import no.samhald.platform.Access;
import no.samhald.platform.ConflictException;
import no.samhald.platform.FormSubmission;

/**
 * A project's cost split: the adopted split with each partner's population, share and kroner
 * (public); before adoption, a coordinator's form to adopt one.
 */
@Controller
@RequestMapping("/{community}/projects/{id}/split")
record CostSplitController(CostSplits splits, Access access) {

	@GetMapping
	String show(Community community, @PathVariable long id, Model model) {
		var form = new SplitForm();
		var years = splits.years();
		form.year = years.isEmpty() ? null : years.get(years.size() - 1);
		return page(community, id, form, model);
	}

	@PostMapping
	String adopt(Community community, @PathVariable long id, @ModelAttribute("splitForm") SplitForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			try {
				splits.adopt(community, id, form.toCommand());
				return community.redirectTo("/projects/" + id + "/split?adopted");
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey());
				return page(community, id, form, model);
			}
		}, () -> page(community, id, form, model));
	}

	private String page(Community community, long id, SplitForm form, Model model) {
		model.addAttribute("projectId", id);
		model.addAttribute("split", splits.of(community.id(), id).orElse(null));
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		model.addAttribute("splitForm", form);
		model.addAttribute("partners", splits.partners(community.id()));
		model.addAttribute("years", splits.years());
		model.addAttribute("bases", SplitBasis.values());
		return "costsplit/split";
	}

}

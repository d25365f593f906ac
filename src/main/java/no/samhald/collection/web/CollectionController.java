package no.samhald.collection.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.collection.Answer;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.collection.FieldKind;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/**
 * The collection pages: the list and each collection's definition and progress (public), and the
 * coordinator's forms to define, change and close one. A partner's contact finds here the answers
 * waiting for them.
 */
@Controller
@RequestMapping("/{community}/collections")
record CollectionController(Collections collections, Access access) {

	private static final String FORM = "collection/form";

	@GetMapping
	String list(Community community, Model model) {
		List<DataCollection> all = collections.all(community.id());
		model.addAttribute("collections", all);
		model.addAttribute("submittedCounts", all.stream().collect(java.util.stream.Collectors.toMap(DataCollection::id,
				c -> collections.submitted(c.id()).size())));
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		model.addAttribute("today", collections.today());
		return "collection/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		DataCollection collection = collections.get(community.id(), id);
		Map<Long, Answer> answers = collections.answersByPartner(id);
		List<Partner> asked = collections.partners(community.id()).stream().filter(p -> collection.asks(p.id())).toList();
		model.addAttribute("collection", collection);
		model.addAttribute("asked", asked);
		model.addAttribute("answers", answers);
		model.addAttribute("actingFor", asked.stream()
			.filter(p -> access.canActForPartner(community.slug(), p.id()))
			.map(Partner::id)
			.toList());
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		model.addAttribute("today", collections.today());
		return "collection/detail";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		var form = new CollectionForm();
		form.deadline = collections.today().plusWeeks(4);
		return form(community, null, form.withEmptyRow(), model);
	}

	@PostMapping
	String create(Community community, @ModelAttribute("collectionForm") CollectionForm form, BindingResult result,
			@RequestParam(required = false) String addField, Model model) {
		if (addField != null) {
			return form(community, null, form.withEmptyRow(), model);
		}
		return FormSubmission.save(result, () -> {
			DataCollection saved = collections.define(community, form.toCommand());
			return community.redirectTo("/collections/" + saved.id() + "?saved");
		}, () -> form(community, null, form, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, id, CollectionForm.of(collections.get(community.id(), id)).withEmptyRow(), model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @ModelAttribute("collectionForm") CollectionForm form,
			BindingResult result, @RequestParam(required = false) String addField, Model model) {
		if (addField != null) {
			return form(community, id, form.withEmptyRow(), model);
		}
		return FormSubmission.update(result, model, form, () -> collections.get(community.id(), id), () -> {
			collections.update(community, id, form.toCommand());
			return community.redirectTo("/collections/" + id + "?saved");
		}, () -> form(community, id, form, model));
	}

	@PostMapping("/{id}/close")
	String close(Community community, @PathVariable long id, @RequestParam int version) {
		collections.close(community, id, version);
		return community.redirectTo("/collections/" + id + "?closed");
	}

	private String form(Community community, Long id, CollectionForm form, Model model) {
		model.addAttribute("collectionForm", form);
		model.addAttribute("collectionId", id);
		model.addAttribute("partners", collections.partners(community.id()));
		model.addAttribute("kinds", FieldKind.values());
		return FORM;
	}

}

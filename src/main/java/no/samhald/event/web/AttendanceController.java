package no.samhald.event.web;

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
import no.samhald.event.Attendances;
import no.samhald.event.Event;
import no.samhald.event.Events;
import no.samhald.event.RegistrationStatus;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/** The coordinator's checklist of who came, once the event has started. */
@Controller
@RequestMapping("/{community}/events/{id}/attendance")
record AttendanceController(Events events, Attendances attendances, Access access) {

	@GetMapping
	String form(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return page(community, id, AttendanceForm.of(attendances.of(community.id(), id)), model);
	}

	@PostMapping
	String record(Community community, @PathVariable long id, @Valid @ModelAttribute("attendance") AttendanceForm form,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.update(result, model, form, () -> attendances.of(community.id(), id), () -> {
			attendances.record(community, id, form.toCommand());
			return community.redirectTo("/events/" + id + "?attendanceSaved");
		}, () -> page(community, id, form, model));
	}

	private String page(Community community, long id, AttendanceForm form, Model model) {
		Event event = events.get(community.id(), id);
		model.addAttribute("event", event);
		model.addAttribute("attendance", form);
		model.addAttribute("started", attendances.hasStarted(event));
		model.addAttribute("registrations", events.registrations(community.id(), id).stream()
			.filter(r -> r.status() != RegistrationStatus.CANCELLED).toList());
		return "event/attendance";
	}

}

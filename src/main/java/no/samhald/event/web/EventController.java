package no.samhald.event.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import no.samhald.event.EventKind;
import no.samhald.event.Events;
import no.samhald.event.Registration;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/events")
record EventController(Events events, Attendances attendances, Access access, Clock clock) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("events", events.all(community.id()));
		model.addAttribute("today", LocalDate.now(clock));
		return "event/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		return detailPage(community, id, new RegistrationForm(), model);
	}

	@PostMapping("/{id}/registrations")
	String register(Community community, @PathVariable long id,
			@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result, Locale locale,
			Model model) {
		return FormSubmission.save(result, () -> {
			Registration saved = events.register(community, id, form.toCommand(), locale);
			return community.redirectTo("/events/" + id + "?" + saved.status().name().toLowerCase());
		}, () -> detailPage(community, id, form, model));
	}

	/** The link in the mail opens a page with a button: a mail scanner that follows links confirms nothing. */
	@GetMapping("/confirm/{token}")
	String confirmPage(Community community, @PathVariable String token, Model model, HttpServletResponse response) {
		return linkPage(community, token, "event/confirm", model, response);
	}

	@PostMapping("/confirm/{token}")
	String confirm(Community community, @PathVariable String token, Model model, HttpServletResponse response) {
		return withRegistration(community, token, model, response, registration -> {
			Registration confirmed = events.confirm(community, token);
			return community.redirectTo("/events/" + confirmed.eventId() + "?" + confirmed.status().name().toLowerCase());
		});
	}

	@GetMapping("/cancel/{token}")
	String cancelPage(Community community, @PathVariable String token, Model model, HttpServletResponse response) {
		return linkPage(community, token, "event/cancel", model, response);
	}

	/** The page a link of the mail opens: the registration of the token and its event. */
	private String linkPage(Community community, String token, String view, Model model, HttpServletResponse response) {
		return withRegistration(community, token, model, response, registration -> {
			model.addAttribute("registration", registration);
			model.addAttribute("event", events.get(community.id(), registration.eventId()));
			return view;
		});
	}

	@PostMapping("/cancel/{token}")
	String cancel(Community community, @PathVariable String token, Model model, HttpServletResponse response) {
		return withRegistration(community, token, model, response, registration -> {
			events.cancel(community, token);
			return community.redirectTo("/events/" + registration.eventId() + "?cancelled");
		});
	}

	/**
	 * What a link of the mail does, or (404) a page that says why a link may not work: an unknown
	 * link and one whose registration was left unconfirmed too long get the same page.
	 */
	private String withRegistration(Community community, String token, Model model, HttpServletResponse response,
			Function<Registration, String> action) {
		return events.findByToken(community.id(), token).map(action).orElseGet(() -> {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("hours", events.hoursAConfirmationLinkWorks());
			return "event/link-unknown";
		});
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(new EventForm(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("event") EventForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Event saved = events.create(community, form.toCommand());
			return community.redirectTo("/events/" + saved.id() + "?saved");
		}, () -> form(form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(EventForm.of(events.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("event") EventForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> events.get(community.id(), id), () -> {
			events.update(community, id, form.toCommand());
			return community.redirectTo("/events/" + id + "?saved");
		}, () -> form(form, id, model));
	}

	private String detailPage(Community community, long id, RegistrationForm registration, Model model) {
		Event event = events.get(community.id(), id);
		model.addAttribute("event", event);
		model.addAttribute("open", event.isOpenOn(LocalDate.now(clock)));
		model.addAttribute("full", events.isFull(event));
		model.addAttribute("registration", registration);
		if (access.canCoordinate(community.slug())) {
			// The number of seats taken is the coordinator's: before and after a registration it would
			// tell anyone whether the address was registered already (a repeat changes nothing).
			model.addAttribute("seatsTaken", events.seatsTaken(id));
			model.addAttribute("registrations", events.registrations(community.id(), id));
			model.addAttribute("attendance", attendances.of(community.id(), id));
			model.addAttribute("started", attendances.hasStarted(event));
		}
		return "event/detail";
	}

	private String form(EventForm form, Long id, Model model) {
		model.addAttribute("event", form);
		model.addAttribute("eventId", id);
		model.addAttribute("kinds", EventKind.values());
		return "event/form";
	}

}

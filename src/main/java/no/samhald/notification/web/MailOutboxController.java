package no.samhald.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.samhald.notification.MailOutbox;

/** The administrator sees mail that could not be delivered, and sends it again. */
@Controller
record MailOutboxController(MailOutbox outbox) {

	@GetMapping("/admin/mail")
	String undelivered(Model model) {
		model.addAttribute("mails", outbox.undelivered());
		return "notification/mail-outbox";
	}

	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable long id) {
		outbox.retry(id);
		return "redirect:/admin/mail?retried";
	}

}

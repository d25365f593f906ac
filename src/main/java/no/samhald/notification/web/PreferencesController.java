package no.samhald.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import no.samhald.notification.Delivery;
import no.samhald.notification.MailKind;
import no.samhald.notification.NotificationPreferences;
import no.samhald.platform.PageAction;

/**
 * A signed-in person chooses, per kind of mail, how they get it (linked from the header and from
 * every mail); saving also keeps the language of the page as the language of their mail.
 */
@Controller
record PreferencesController(NotificationPreferences preferences) {

	@GetMapping("/account/notifications")
	String page(Model model) {
		model.addAttribute("choices", preferences.mine());
		model.addAttribute("kinds", List.of(MailKind.values()));
		model.addAttribute("mailLanguage", preferences.myLanguage().map(Locale::getLanguage).orElse(null));
		return "notification/preferences";
	}

	@PostMapping("/account/notifications")
	String save(@ModelAttribute PreferencesForm form, Model model, Locale pageLanguage) {
		return PageAction.run(model, () -> {
			preferences.saveMine(form.choices, pageLanguage);
			return "redirect:/account/notifications?saved";
		}, () -> page(model));
	}

	/** The choices offered for a kind: never "off" for a deadline. */
	@ModelAttribute("deliveriesFor")
	java.util.function.Function<MailKind, List<Delivery>> deliveriesFor() {
		return kind -> Arrays.stream(Delivery.values()).filter(d -> d != Delivery.OFF || !kind.isDeadline()).toList();
	}

}

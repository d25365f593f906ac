package no.samhald.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.samhald.platform.AuditLog;

/** The page behind the one-time link in the log where the first administrator is chosen. */
@Controller
record SetupController(SetupLinks links, AuditLog audit) {

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, HttpServletResponse response, @ModelAttribute("setupForm") SetupForm form,
			Model model) {
		model.addAttribute("token", token);
		return links.isValid(token) ? "platform/setup" : linkNoLongerValid(response);
	}

	@PostMapping("/setup/{token}")
	String create(@PathVariable String token, @Valid @ModelAttribute("setupForm") SetupForm form, BindingResult result,
			HttpServletResponse response, Model model) {
		model.addAttribute("token", token);
		if (!result.hasFieldErrors("repeatPassword") && !form.repeatPassword.equals(form.password)) {
			result.rejectValue("repeatPassword", "account.password.mismatch");
		}
		DemoPasswords.rejectAsNewPassword(result, "password", form.password);
		var outcome = result.hasErrors() ? null
				: links.createFirstAdministrator(token, form.username, form.displayName, form.password);
		if (outcome == SetupLinks.Outcome.LINK_INVALID) {
			return linkNoLongerValid(response);
		}
		if (outcome == SetupLinks.Outcome.USERNAME_TAKEN) {
			result.rejectValue("username", "account.username.taken");
		}
		if (outcome != SetupLinks.Outcome.CREATED) {
			// A password is never sent back to the browser.
			form.password = null;
			form.repeatPassword = null;
			return "platform/setup";
		}
		audit.record(null, "account.firstAdministrator", "account " + form.username, "setup link");
		return "redirect:/login?setup";
	}

	private static String linkNoLongerValid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return "platform/setup-gone";
	}

}

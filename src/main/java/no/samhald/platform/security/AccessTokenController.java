package no.samhald.platform.security;

import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser;

/**
 * A person's own personal access tokens for the API: created with a name and an expiry date,
 * listed, revoked. A new token is shown once, on the page the creation leads to (a flash
 * attribute: a reload does not show it again); after that only its name is known.
 */
@Controller
record AccessTokenController(AccessTokens tokens, Access access) {

	static final int DEFAULT_DAYS = 90;

	@GetMapping("/account/tokens")
	String list(Model model) {
		return page(new AccessTokenForm(null, tokens.today().plusDays(DEFAULT_DAYS)), model);
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("tokenForm") AccessTokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("expiresOn")
				&& (form.expiresOn().isBefore(tokens.today()) || form.expiresOn().isAfter(tokens.latestExpiry()))) {
			result.rejectValue("expiresOn", "token.expiresOn.range", new Object[] { tokens.latestExpiry().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) }, null);
		}
		if (result.hasErrors()) {
			return page(form, model);
		}
		redirect.addFlashAttribute("newToken", tokens.create(username(), form.name().strip(), form.expiresOn()));
		return "redirect:/account/tokens?created";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		tokens.revoke(username(), id);
		return "redirect:/account/tokens?revoked";
	}

	private String page(AccessTokenForm form, Model model) {
		model.addAttribute("tokens", tokens.of(username()));
		model.addAttribute("tokenForm", form);
		model.addAttribute("latestExpiry", tokens.latestExpiry());
		return "platform/tokens";
	}

	private String username() {
		return access.currentUser().map(SignedInUser::getUsername).orElseThrow();
	}

}

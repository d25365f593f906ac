package no.samhald.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser;

/**
 * The signed-in person's own account page, linked from the header by their name: it gathers the
 * personal pages (password, API keys, e-mail notices) that would otherwise crowd the header.
 */
@Controller
record OwnAccountController(Access access) {

	@GetMapping("/account")
	String page(Model model) {
		SignedInUser user = access.currentUser().orElseThrow();
		model.addAttribute("user", user);
		return "platform/account";
	}

}

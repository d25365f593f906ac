package no.samhald.platform.security;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

/**
 * Coordinators give the people of their community a sign-in and unlock locked accounts;
 * everyone signed in can change their own password.
 */
@Controller
record AccountController(Accounts accounts, Access access) {

	@GetMapping("/{communitySlug}/accounts")
	String list(@PathVariable("communitySlug") String community, Model model) {
		access.requireCoordinator(community);
		return page(community, new AccountForm(), model);
	}

	@PostMapping("/{communitySlug}/accounts")
	String create(@PathVariable("communitySlug") String community, @Valid @ModelAttribute("account") AccountForm form,
			BindingResult result, Model model) {
		access.requireCoordinator(community);
		if (form.role == Role.ADMINISTRATOR) {
			result.rejectValue("role", "account.role.notAllowed");
		}
		DemoPasswords.rejectAsNewPassword(result, "password", form.password);
		if (!result.hasFieldErrors("username") && accounts.exists(form.username)) {
			result.rejectValue("username", "account.username.taken");
		}
		// The check above answers nicely; the database's unique index decides when two coordinators race.
		if (!result.hasErrors() && !accounts.createIfAbsent(form.username, form.password,
				form.displayName, form.role, community)) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			form.password = null;
			return page(community, form, model);
		}
		return "redirect:/" + community + "/accounts?created";
	}

	@PostMapping("/{communitySlug}/accounts/{username}/unlock")
	String unlock(@PathVariable("communitySlug") String community, @PathVariable String username) {
		access.requireCoordinator(community);
		accounts.unlock(username, community);
		return "redirect:/" + community + "/accounts?unlocked";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "platform/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result) {
		String username = access.currentUser().map(SignedInUser::getUsername).orElseThrow();
		if (!result.hasFieldErrors("currentPassword") && !accounts.matches(username, form.currentPassword)) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		DemoPasswords.rejectAsNewPassword(result, "newPassword", form.newPassword);
		if (!result.hasFieldErrors("repeatPassword") && !form.repeatPassword.equals(form.newPassword)) {
			result.rejectValue("repeatPassword", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			// A password is never sent back to the browser.
			form.currentPassword = null;
			form.newPassword = null;
			form.repeatPassword = null;
			return "platform/password";
		}
		accounts.changePassword(username, form.newPassword);
		return "redirect:/account/password?changed";
	}

	private String page(String community, AccountForm form, Model model) {
		model.addAttribute("communitySlug", community);
		model.addAttribute("accounts", accounts.inCommunity(community));
		model.addAttribute("account", form);
		model.addAttribute("roles", new Role[] { Role.MEMBER, Role.COORDINATOR });
		return "platform/accounts";
	}

}

package no.samhald.invitation.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.samhald.invitation.Invitation;
import no.samhald.invitation.InvitationUnusableException;
import no.samhald.invitation.Invitations;
import no.samhald.invitation.RoleScopes;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.InvitationRedeemer;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignInProviders;

/**
 * The page of the link in the invitation mail, open to the public in the reader's language:
 * set a username and password, or give the password of the account that already has the
 * invited e-mail, or sign in with a configured provider. A used, revoked, expired or unknown
 * link shows a page that says so.
 */
@Controller
@RequestMapping("/invitations")
record AcceptController(Invitations invitations, RoleScopes scopes, SignInProviders providers) {

	@GetMapping("/accepted")
	String accepted(Model model) {
		return "invitation/accepted";
	}

	@GetMapping("/{token}")
	String page(@PathVariable String token, Model model) {
		return page(token, newSignIn(token), new ExistingSignInForm(), model);
	}

	@PostMapping("/{token}")
	String acceptWithNewAccount(@PathVariable String token, @Valid @ModelAttribute("newSignIn") NewSignInForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String outcome = accept(result, () -> invitations.acceptWithNewAccount(token, form.toCommand()), redirect,
				() -> page(token, form, new ExistingSignInForm(), model));
		form.forgetPasswords();
		return outcome;
	}

	@PostMapping("/{token}/existing")
	String acceptWithExistingAccount(@PathVariable String token,
			@Valid @ModelAttribute("existingSignIn") ExistingSignInForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		String outcome = accept(result,
				() -> invitations.acceptWithExistingAccount(token, form.existingPassword, request.getRemoteAddr()),
				redirect, () -> page(token, newSignIn(token), form, model));
		form.existingPassword = null;
		return outcome;
	}

	/**
	 * Keeps the token in the session and sends the person to the provider; the sign-in with the
	 * provider redeems it when they come back.
	 */
	@PostMapping("/{token}/providers/{registrationId}")
	String acceptWithProvider(@PathVariable String token, @PathVariable String registrationId, HttpSession session) {
		invitations.open(token);
		var provider = providers.all()
			.stream()
			.filter(p -> p.registrationId().equals(registrationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("sign-in provider", registrationId));
		session.setAttribute(InvitationRedeemer.SESSION_ATTRIBUTE, token);
		return "redirect:" + provider.signInPath();
	}

	@ExceptionHandler(InvitationUnusableException.class)
	String unusable(InvitationUnusableException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.reason() == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
		model.addAttribute("reason", ex.reason() == null ? "UNKNOWN" : ex.reason().name());
		return "invitation/unusable";
	}

	private String accept(BindingResult result, Supplier<String> accept, RedirectAttributes redirect,
			Supplier<String> showPage) {
		return FormSubmission.save(result, () -> {
			redirect.addFlashAttribute("username", accept.get());
			return "redirect:/invitations/accepted";
		}, showPage);
	}

	private NewSignInForm newSignIn(String token) {
		var form = new NewSignInForm();
		form.displayName = invitations.open(token).name();
		return form;
	}

	private String page(String token, NewSignInForm newSignIn, ExistingSignInForm existingSignIn, Model model) {
		Invitation invitation = invitations.open(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("communityName", invitations.communityNameOf(invitation));
		model.addAttribute("scopeNames", scopes.allNames(invitations.communityOf(invitation)));
		model.addAttribute("existingAccount", invitations.existingAccount(invitation).orElse(null));
		model.addAttribute("providers", providers.all());
		model.addAttribute("newSignIn", newSignIn);
		model.addAttribute("existingSignIn", existingSignIn);
		return "invitation/accept";
	}

}

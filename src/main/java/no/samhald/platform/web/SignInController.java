package no.samhald.platform.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.platform.SignInProviders;
import no.samhald.platform.SignInProviders.Provider;

@Controller
record SignInController(SignInProviders providers, MessageSource messages) {

	/** Registration ids whose button says, in the reader's language, whom the provider is for. */
	private static final Set<String> KNOWN_PROVIDERS = Set.of("ansattporten", "idporten", "helseid");

	/** The password form and, above it, a button for each configured provider (none: the form alone). */
	@GetMapping("/login")
	String signIn(Model model, Locale locale) {
		model.addAttribute("providers", providers.all().stream().map(provider -> button(provider, locale)).toList());
		return "platform/login";
	}

	/** Where a person lands whose identity at a provider is linked to no account. */
	@GetMapping("/login/unknown")
	String unknownIdentity() {
		return "platform/unknown-identity";
	}

	private ProviderButton button(Provider provider, Locale locale) {
		String label = KNOWN_PROVIDERS.contains(provider.registrationId())
				? messages.getMessage("login.provider." + provider.registrationId(), null, locale)
				: messages.getMessage("login.provider.other", new Object[] { provider.clientName() }, locale);
		return new ProviderButton(provider.signInPath(), label);
	}

	record ProviderButton(String path, String label) {
	}

}

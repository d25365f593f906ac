package no.samhald.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import no.samhald.platform.DemoData;
import no.samhald.platform.InvitationRedeemer;
import no.samhald.platform.PublicWritePath;

/**
 * Pages and GET requests are open to the public (each controller shows the public only what is
 * public); changes need a signed-in person, and the controllers check their role in the
 * community. Browser sessions are protected against CSRF; API clients that send HTTP Basic
 * credentials or a personal access token carry no session and so need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts only from files of our own origin (no inline script, no eval), so that text that
	 * slips into a page unescaped cannot run. Inline style stays allowed: ECharts and htmx set
	 * styles, and a style cannot run code. No page may be framed (clickjacking).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The pages' policy, with the configured providers' sign-in pages allowed as where a form may
	 * lead: accepting an invitation with a provider is a form whose answer redirects there, and
	 * browsers hold such redirects to {@code form-action} too.
	 */
	static String contentSecurityPolicy(ClientRegistrationRepository configured) {
		var origins = new java.util.TreeSet<String>();
		if (configured instanceof Iterable<?> registrations) {
			registrations.forEach(registration -> {
				if (registration instanceof org.springframework.security.oauth2.client.registration.ClientRegistration client) {
					var uri = java.net.URI.create(client.getProviderDetails().getAuthorizationUri());
					origins.add(uri.getScheme() + "://" + uri.getAuthority());
				}
			});
		}
		return origins.isEmpty() ? CONTENT_SECURITY_POLICY
				: CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
	}

	/**
	 * The API ({@code /api/**}) has a chain of its own, before the pages' one. A client signs in
	 * per request with HTTP Basic (the same counted, throttled sign-in as the form) or a personal
	 * access token ({@code Authorization: Bearer}); such a call needs no CSRF token (a page of
	 * another site cannot send that header) and never creates a session. A browser session works
	 * as on the pages, with its CSRF token. Every refusal is problem+json, never a redirect to the
	 * sign-in page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SignInThrottle throttle, AccessTokens tokens,
			Accounts accounts) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/me").authenticated()
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.anyRequest().authenticated())
			.addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.addFilterBefore(new AccessTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(ApiProblemResponses.unauthorized()))
			// A refused call is not remembered for after a sign-in: that would create a session.
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(ApiProblemResponses.CREDENTIALS))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny())
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
			.exceptionHandling(e -> e.authenticationEntryPoint(ApiProblemResponses.unauthorized())
				.accessDeniedHandler(ApiProblemResponses.forbidden()));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<PublicWritePath> publicWrites,
			SignInThrottle throttle, PublicWriteThrottle publicWriteThrottle,
			ObjectProvider<ClientRegistrationRepository> providers, Accounts accounts, ProviderIdentities identities,
			ObjectProvider<InvitationRedeemer> invitations) throws Exception {
		String[] publicWritePatterns = publicWrites.orderedStream().map(PublicWritePath::pattern).toArray(String[]::new);
		ClientRegistrationRepository configured = providers.getIfAvailable();
		String contentSecurityPolicy = contentSecurityPolicy(configured);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
			.requestMatchers("/account/**", "/*/accounts/**", "/*/audit").authenticated()
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			.requestMatchers("/login", "/error").permitAll()
			.requestMatchers(HttpMethod.POST, publicWritePatterns).permitAll()
			.anyRequest().authenticated())
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			// Before the CSRF check, so that every public write counts, even one without a token.
			.addFilterBefore(new PublicWriteThrottleFilter(publicWriteThrottle, publicWritePatterns), CsrfFilter.class)
			// The session id changes at sign-in (Spring's default, stated so that nobody turns it off):
			// an id planted before sign-in is worth nothing after it.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny())
				// Sent on HTTPS requests only, which behind a TLS proxy needs server.forward-headers-strategy.
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
			.formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(ApiProblemResponses.unauthorized(), ApiProblemResponses.API)
				.defaultAccessDeniedHandlerFor(ApiProblemResponses.forbidden(), ApiProblemResponses.API)
				// With a single mapping Spring would use the API handler everywhere; pages get the error page.
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		if (configured != null) {
			http.oauth2Login(login -> signInWithProviders(login, configured,
					new ProviderSignIn(accounts, identities, invitations), identities));
		}
		return http.build();
	}

	/**
	 * Sign-in with the OpenID Connect providers configured by Spring's standard properties (none:
	 * no such sign-in at all). Authorization code with PKCE also for confidential clients, as
	 * ID-porten and HelseID require; the sign-in page stays ours; the provider's tokens are not kept.
	 */
	private static void signInWithProviders(OAuth2LoginConfigurer<HttpSecurity> login,
			ClientRegistrationRepository configured, ProviderSignIn signIn, ProviderIdentities identities) {
		var requests = new DefaultOAuth2AuthorizationRequestResolver(configured,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		login.loginPage("/login")
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
			.authorizedClientRepository(new NotKeptAuthorizedClients())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn).userService(request -> {
				// Only OpenID Connect says who the person is; plain OAuth2 (no openid scope) is refused.
				throw new OAuth2AuthenticationException(new OAuth2Error("samhald_openid_required"));
			}))
			.successHandler(new ProviderSignInSuccess(identities))
			.failureHandler(new ProviderSignInFailure());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationProvider countedSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, Accounts accounts,
			DemoData demoData) {
		return new CountedSignIn(users, passwordEncoder, accounts, demoData.enabled());
	}

	@Bean
	PublicWritePath firstAdministratorSetup() {
		return new PublicWritePath("/setup/*");
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return username -> accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

}

package no.samhald.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import no.samhald.platform.DemoData;
import no.samhald.platform.PublicWritePath;

/**
 * Pages and GET requests are open to the public (each controller shows the public only what is
 * public); changes need a signed-in person, and the controllers check their role in the
 * community. Browser sessions are protected against CSRF; API clients that send HTTP Basic
 * credentials carry no session and so need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<PublicWritePath> publicWrites)
			throws Exception {
		String[] publicWritePatterns = publicWrites.orderedStream().map(PublicWritePath::pattern).toArray(String[]::new);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
			.requestMatchers("/account/**", "/*/accounts/**", "/*/audit").authenticated()
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			.requestMatchers("/login", "/error").permitAll()
			.requestMatchers(HttpMethod.POST, publicWritePatterns).permitAll()
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(ApiProblemResponses.unauthorized(), ApiProblemResponses.API)
				.defaultAccessDeniedHandlerFor(ApiProblemResponses.forbidden(), ApiProblemResponses.API)
				// With a single mapping Spring would use the API handler everywhere; pages get the error page.
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	DemoPasswordsOnlyInDemoMode authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			DemoData demoData) {
		return new DemoPasswordsOnlyInDemoMode(users, passwordEncoder, demoData.enabled());
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

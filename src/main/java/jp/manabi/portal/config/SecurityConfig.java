package jp.manabi.portal.config;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. Pages are closed unless listed as public here; staff pages need STAFF or
 * ADMIN. Authorization of individual records (a resident's own data) is checked again in the
 * services, by owner.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	/** No inline scripts or styles anywhere: every script and style is a file served by the app. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/", "/about/**", "/signup", "/signup/sent", "/verify", "/verify/resend",
			"/login", "/login/two-factor", "/login/two-factor/enrol", "/password/forgot", "/password/forgot/sent",
			"/password/reset", "/courses/**", "/circles/**", "/volunteers/**", "/consultations/**", "/plan/**",
			"/opendata", "/opendata/**", "/error" };

	static final String[] STATIC_FILES = { "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/robots.txt" };

	/**
	 * Health is public for load balancers. Metrics and the rest need the scrape account configured
	 * under {@code portal.actuator.scrape-user} / {@code scrape-password} (a {@code {bcrypt}} hash),
	 * checked here only: HTTP Basic is one factor, so no portal account (not even an
	 * administrator's, which needs two factors) opens these endpoints. Without the setting, only
	 * health answers.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuator(HttpSecurity http, @Value("${portal.actuator.scrape-user:}") String scrapeUser,
			@Value("${portal.actuator.scrape-password:}") String scrapePassword, PasswordEncoder passwordEncoder)
			throws Exception {
		var scrapers = new InMemoryUserDetailsManager();
		if (!scrapeUser.isBlank() && !scrapePassword.isBlank()) {
			scrapers.createUser(User.withUsername(scrapeUser).password(scrapePassword).roles("METRICS").build());
		}
		var provider = new DaoAuthenticationProvider(scrapers);
		provider.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/actuator/**")
				.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
						.permitAll().anyRequest().hasRole("METRICS"))
				.authenticationManager(new ProviderManager(provider))
				.httpBasic(withDefaults())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationFailureHandler loginFailureHandler,
			AuthenticationSuccessHandler twoFactorLoginSuccessHandler, JdbcClient jdbc) throws Exception {
		// Roles and the account's state as they are now, not as they were at login.
		http.addFilterAfter(new CurrentRolesFilter(jdbc), SecurityContextHolderFilter.class);
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(STATIC_FILES).permitAll()
				.requestMatchers("/courses/*/apply", "/courses/*/apply/**").authenticated()
				// Circle pages are public to read; asking to join (and any other post under them) needs a login.
				.requestMatchers("/circles/*/join", "/circles/*/join/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/circles/**").authenticated()
				// The same for volunteer requests and the talent bank: public to read, applying needs a login.
				.requestMatchers("/volunteers/requests/*/apply", "/volunteers/requests/*/apply/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/volunteers/**").authenticated()
				// Consultation topics and free slots are public; booking needs a login.
				.requestMatchers("/consultations/*/book", "/consultations/*/book/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/consultations/**").authenticated()
				// Counselors' own pages: their bookings, notes and hours.
				.requestMatchers("/counselor/**").hasRole("COUNSELOR")
				// Schools' and partners' own pages: their requests and who answered them.
				.requestMatchers("/partner/**").hasRole("ORGANISATION")
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/admin/accounts/**").hasRole("ADMIN")
				// Rewriting a finished year's snapshot changes what the review bodies were shown.
				.requestMatchers(HttpMethod.POST, "/admin/report/recompute").hasRole("ADMIN")
				.requestMatchers("/admin/audit/**", "/admin/privacy/**").hasRole("ADMIN")
				.requestMatchers("/admin/plans/active").hasRole("ADMIN")
				.requestMatchers("/admin/**").hasAnyRole("STAFF", "ADMIN")
				.anyRequest().authenticated())
				.formLogin(login -> login.loginPage("/login").usernameParameter("email").passwordParameter("password")
						// Accounts with two-factor login are not signed in yet: the handler sends them to
						// /login/two-factor (account/web/TwoFactorLoginSuccessHandler).
						.successHandler(twoFactorLoginSuccessHandler).failureHandler(loginFailureHandler).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
						.frameOptions(frame -> frame.deny())
						.permissionsPolicyHeader(permissions -> permissions
								.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}

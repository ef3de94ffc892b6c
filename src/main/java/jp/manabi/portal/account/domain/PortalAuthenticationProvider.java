package jp.manabi.portal.account.domain;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.LoginThrottledException;

/**
 * Email and password login with throttling. Account state (unverified, disabled) is checked
 * only after the password matched, so the login form does not tell strangers which
 * addresses have accounts.
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;
	private final LoginThrottle throttle;
	private final boolean demo;

	PortalAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, Environment environment) {
		this.throttle = throttle;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.passwordCheck = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
		this.passwordCheck.setPasswordEncoder(passwordEncoder);
		this.passwordCheck.setPreAuthenticationChecks(user -> {
		});
		this.passwordCheck.setPostAuthenticationChecks(accountStateCheck());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = Account.normalizeEmail(authentication.getName());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		var lockedUntil = throttle.lockedUntil(email, address);
		if (lockedUntil.isPresent()) {
			throw new LoginThrottledException(lockedUntil.get());
		}
		try {
			if (!demo && DemoAccounts.isDemoEmail(email)) {
				// The demo passwords are public (README): outside the demo they must never work.
				throw new BadCredentialsException("demo accounts work only in the demo profile");
			}
			var result = passwordCheck.authenticate(authentication);
			throttle.recordSuccess(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			var waitUntil = throttle.recordFailure(email, address);
			if (waitUntil.isPresent()) {
				// Say so at once, rather than letting the next attempt find out.
				throw new LoginThrottledException(waitUntil.get());
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static UserDetailsChecker accountStateCheck() {
		return user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("account disabled");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("email not verified");
			}
		};
	}
}

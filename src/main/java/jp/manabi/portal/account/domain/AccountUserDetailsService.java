package jp.manabi.portal.account.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import jp.manabi.portal.account.CurrentUser;

/**
 * Loads accounts for login. Not a bean: only {@link PortalAuthenticationProvider} uses it, so
 * Spring Security has exactly one way to log in.
 */
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Account.normalizeEmail(email))
				.map(a -> new CurrentUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getPasswordHash(),
						a.isEmailVerified(), a.isEnabled(), a.getRoles()))
				.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}
}

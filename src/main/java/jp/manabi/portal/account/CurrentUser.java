package jp.manabi.portal.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the portal sees them: an id to own data by, a name to
 * greet them with, and their roles. Kept in the session, so it holds no personal data beyond that.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;
	private final String email;
	private final String displayName;
	private String passwordHash;
	private final boolean emailVerified;
	private final boolean active;
	private final Set<Role> roles;

	/**
	 * @param emailVerified whether the email address was confirmed (Spring Security's "enabled")
	 * @param active false when an administrator disabled the account (Spring Security's "locked")
	 */
	public CurrentUser(long accountId, String email, String displayName, String passwordHash, boolean emailVerified,
			boolean active, Set<Role> roles) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.emailVerified = emailVerified;
		this.active = active;
		this.roles = Set.copyOf(roles);
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return emailVerified;
	}

	@Override
	public boolean isAccountNonLocked() {
		return active;
	}

	/** The hash is needed only while logging in; Spring Security calls this afterwards. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "CurrentUser[accountId=" + accountId + ", roles=" + roles + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}
}

package jp.manabi.portal.account.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;

/**
 * Who is looking at the page, for templates ({@code @viewer}): works on every page, error pages
 * included. Decides only what to show; access itself is decided by Spring Security.
 */
@Component("viewer")
public class Viewer {

	public boolean isSignedIn() {
		return current() != null;
	}

	public boolean isStaff() {
		var user = current();
		return user != null && (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN));
	}

	public boolean isAdmin() {
		var user = current();
		return user != null && user.hasRole(Role.ADMIN);
	}

	public String getDisplayName() {
		var user = current();
		return user == null ? null : user.displayName();
	}

	private static CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}
}

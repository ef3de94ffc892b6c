package jp.manabi.portal.config;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;

/**
 * The principal kept in the session carries the roles it had at login. This checks them against
 * the account on every signed-in request (one query by primary key), so a role taken away or an
 * account disabled counts from the next request, not from the next login: changed roles replace
 * the session's principal, a disabled or deleted account ends the session.
 */
final class CurrentRolesFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	CurrentRolesFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(boolean enabled, boolean twoFactor, String role) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = holder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			List<Row> rows = jdbc.sql("""
					select a.enabled, exists (select 1 from account_two_factor t where t.account_id = a.id) as two_factor,
					       r.role
					from account a left join account_role r on r.account_id = a.id
					where a.id = ?""").param(user.accountId()).query(Row.class).list();
			// A role that needs two factors, given to a session that signed in with one (or whose
			// second factor an administrator reset), ends the session: the next login asks for it.
			boolean lacksSecondFactor = !rows.isEmpty() && !rows.get(0).twoFactor() && rows.stream()
					.anyMatch(row -> row.role() != null && Role.valueOf(row.role()).needsTwoFactors());
			if (rows.isEmpty() || !rows.get(0).enabled() || lacksSecondFactor) {
				holder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				rows.stream().filter(row -> row.role() != null).forEach(row -> roles.add(Role.valueOf(row.role())));
				if (!roles.equals(user.roles())) {
					var refreshed = new CurrentUser(user.accountId(), user.getUsername(), user.displayName(), null,
							user.isEnabled(), true, roles);
					var token = UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
							refreshed.getAuthorities());
					token.setDetails(authentication.getDetails());
					var context = holder.createEmptyContext();
					context.setAuthentication(token);
					holder.setContext(context);
					repository.saveContext(context, request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}
}

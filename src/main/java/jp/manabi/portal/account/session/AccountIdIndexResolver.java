package jp.manabi.portal.account.session;

import java.util.Map;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

import jp.manabi.portal.account.CurrentUser;

/**
 * Indexes a session by the account id of the person signed in to it (Spring Session's "principal
 * name" column), not by the name Spring Security gives the principal (the email address): an
 * address can change, the id cannot, so an account's sessions are always found to list or end.
 * Sessions of nobody signed in are not indexed.
 */
final class AccountIdIndexResolver implements IndexResolver<Session> {

	@Override
	public Map<String, String> resolveIndexesFor(Session session) {
		String explicit = session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
		if (explicit != null) {
			return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, explicit);
		}
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext securityContext && securityContext.getAuthentication() != null
				&& securityContext.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, indexValue(user.accountId()));
		}
		return Map.of();
	}

	static String indexValue(long accountId) {
		return Long.toString(accountId);
	}
}

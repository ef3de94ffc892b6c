package jp.manabi.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The account module's facade for other modules. */
public interface Accounts {

	Optional<AccountSummary> find(long accountId);

	/** Several accounts at once, by id; ids without an account are left out. */
	Map<Long, AccountSummary> findAll(Collection<Long> accountIds);

	/** The account with this email address (compared as sign-in compares it). */
	Optional<AccountSummary> findByEmail(String email);

	/** The enabled accounts holding the role, by email: e.g. the COUNSELOR accounts staff may make counselors. */
	List<AccountSummary> withRole(Role role);
}

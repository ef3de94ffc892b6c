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

	/**
	 * Creates the account of a school or partner organisation (role ORGANISATION, address taken as
	 * proved) and mails its contact person a link to set the password, as staff invitations do.
	 *
	 * @return the new account's id; empty when the address already belongs to an account
	 */
	Optional<Long> createOrganisationAccount(String email, String displayName);

	/** The enabled accounts holding the role, by email: e.g. the COUNSELOR accounts staff may make counselors. */
	List<AccountSummary> withRole(Role role);
}

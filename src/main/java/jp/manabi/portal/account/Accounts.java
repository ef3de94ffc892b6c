package jp.manabi.portal.account;

import java.util.Optional;

/** The account module's facade for other modules. */
public interface Accounts {

	Optional<AccountSummary> find(long accountId);
}

package jp.manabi.portal.account;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Lets a module refuse an account's deletion while it would leave something without a person in
 * charge, e.g. a circle whose only leader would disappear. Asked before anything is erased.
 */
public interface AccountDeletionGuard {

	/** Why the account cannot be deleted yet; empty when nothing stands in the way. */
	Optional<Refusal> refusal(long accountId);

	/**
	 * @param messageKey what to tell the person; {@code names} fill its {0} (joined with 、 or ,)
	 *        Serializable: it travels in a flash attribute, and sessions are stored in the database.
	 */
	record Refusal(String messageKey, List<String> names) implements Serializable {
	}
}

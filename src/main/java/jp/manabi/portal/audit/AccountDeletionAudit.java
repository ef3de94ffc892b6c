package jp.manabi.portal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents;

/**
 * Records each account deletion in the audit log, in the deleting transaction and with the
 * request's actor and address (a plain listener, called at once): a deletion that rolls back
 * leaves no entry, and one that commits always has one.
 */
@Component
class AccountDeletionAudit {

	private final AuditLog audit;

	AccountDeletionAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccountEvents.Deleted deleted) {
		if (deleted.bySelf()) {
			audit.recordWithoutActorName(AuditAction.ADMIN, "account", deleted.accountId(),
					"account deleted by its holder");
		}
		else {
			audit.record(AuditAction.ADMIN, "account", deleted.accountId(), "account deleted by an administrator");
		}
	}
}

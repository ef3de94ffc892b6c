package jp.manabi.portal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents;

/**
 * Records what administrators do on an account's page (view, end its sessions, disable, enable),
 * in the acting transaction and with the request's actor and address, like {@link AccountDeletionAudit}.
 */
@Component
class AccountAdministrationAudit {

	private final AuditLog audit;

	AccountAdministrationAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccountEvents.Administered administered) {
		audit.record(administered.view() ? AuditAction.VIEW : AuditAction.ADMIN, "account",
				administered.accountId(), administered.detail());
	}
}

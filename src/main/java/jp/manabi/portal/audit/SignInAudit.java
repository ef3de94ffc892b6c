package jp.manabi.portal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents;

/**
 * Records sign-ins, sign-outs, failed attempts (with the address, never what was typed) and
 * changes to two-factor login, at once and in the publishing transaction.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccountEvents.SignInActivity activity) {
		// Who did it: the account holder once proved, unknown for a refused attempt.
		boolean proved = switch (activity.kind()) {
			case SIGNED_IN, SIGNED_IN_WITH_RECOVERY_CODE, SIGNED_OUT -> true;
			default -> false;
		};
		audit.recordAs(proved ? activity.accountId() : null, AuditAction.LOGIN, "account", activity.accountId(),
				activity.kind().name());
	}

	@EventListener
	void on(AccountEvents.TwoFactorChanged changed) {
		var action = changed.change() == AccountEvents.TwoFactorChange.RESET_BY_ADMINISTRATOR ? AuditAction.ADMIN
				: AuditAction.LOGIN;
		audit.recordAs(changed.byAccountId(), action, "account_two_factor", changed.accountId(),
				changed.change().name());
	}
}

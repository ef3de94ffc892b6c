package jp.manabi.portal.account;

/**
 * Events the account module publishes after its transaction commits. They carry a one-time
 * token only so that the mail can contain the link; the database keeps only the token's hash.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** A resident signed up and must confirm the email address. */
	public record EmailVerificationRequested(long accountId, String email, String displayName, String language,
			String token) {

		@Override
		public String toString() {
			return "EmailVerificationRequested[accountId=" + accountId + "]";
		}
	}

	/** Someone asked to reset the password of an existing account. */
	public record PasswordResetRequested(long accountId, String email, String displayName, String language,
			String token) {

		@Override
		public String toString() {
			return "PasswordResetRequested[accountId=" + accountId + "]";
		}
	}

	/**
	 * The password was changed, on マイページ or through a reset link: the holder is told, so a
	 * change they did not make does not go unnoticed (ASVS 2.2.3, 2.5.5).
	 */
	public record PasswordChanged(long accountId, boolean throughResetLink) {
	}

	/** An administrator created a staff account; its holder sets a password through the link. */
	public record StaffAccountCreated(long accountId, String email, String displayName, String language,
			String token) {

		@Override
		public String toString() {
			return "StaffAccountCreated[accountId=" + accountId + "]";
		}
	}

	/** Staff created an organisation's account; its contact person sets a password through the link. */
	public record OrganisationAccountCreated(long accountId, String email, String displayName, String language,
			String token) {

		@Override
		public String toString() {
			return "OrganisationAccountCreated[accountId=" + accountId + "]";
		}
	}

	/**
	 * A resident proved their email address (the verification link, or a password reset link,
	 * which proves it too). Other modules hand over what was kept for this address or phone,
	 * e.g. course applications staff took at the counter.
	 */
	public record EmailVerified(long accountId, String email, String phone) {

		@Override
		public String toString() {
			return "EmailVerified[accountId=" + accountId + "]";
		}
	}

	/**
	 * An account was deleted: its own personal fields are already erased. Each module erases or
	 * pseudonymises its rows about the person (free texts written by them), cancels what is still
	 * to come, and keeps the counts. {@code deletedBy} is the person themselves or an administrator.
	 */
	public record Deleted(long accountId, Long deletedBy, boolean bySelf) {
	}

	/**
	 * An administrator acted on an account on its page (/admin/accounts/{id}): looked at it, ended
	 * its sessions, disabled or enabled it. The audit module records it in the acting transaction.
	 *
	 * @param view true for looking (audited as a view), false for a change
	 * @param detail what was done, without personal data
	 */
	public record Administered(long accountId, boolean view, String detail) {
	}

	/** What happened at the door: audited (subject: the account, when known). */
	public enum SignInKind {
		/** Signed in (with the second factor when the account has one). */
		SIGNED_IN,
		/** Signed in with a recovery code instead of a TOTP code. */
		SIGNED_IN_WITH_RECOVERY_CODE,
		/** The password was right; the second factor is still to come. */
		PASSWORD_ACCEPTED,
		/** Wrong email or password (never the password itself). */
		PASSWORD_REFUSED,
		/** Refused without checking: too many failures from this account or address. */
		THROTTLED,
		/** A wrong or reused two-factor or recovery code. */
		SECOND_FACTOR_REFUSED,
		SIGNED_OUT
	}

	/**
	 * A sign-in attempt, a sign-in or a sign-out. {@code accountId} is null when the email given
	 * belongs to no account; the typed email is never passed on (it may be a mistyped password).
	 */
	public record SignInActivity(Long accountId, SignInKind kind) {
	}

	/** What changed about an account's two-factor login. */
	public enum TwoFactorChange {
		ENABLED, DISABLED, RECOVERY_CODES_RENEWED, RESET_BY_ADMINISTRATOR
	}

	/**
	 * Two-factor login was turned on or off or its recovery codes renewed; {@code byAccountId} is
	 * the holder or, for a reset, the administrator. Published in the changing transaction.
	 */
	public record TwoFactorChanged(long accountId, long byAccountId, TwoFactorChange change) {
	}
}

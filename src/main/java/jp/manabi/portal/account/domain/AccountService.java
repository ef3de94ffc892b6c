package jp.manabi.portal.account.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountDeletionGuard;
import jp.manabi.portal.account.AccountEvents;
import jp.manabi.portal.account.AccountEvents.EmailVerificationRequested;
import jp.manabi.portal.account.AccountEvents.EmailVerified;
import jp.manabi.portal.account.AccountEvents.OrganisationAccountCreated;
import jp.manabi.portal.account.AccountEvents.PasswordChanged;
import jp.manabi.portal.account.AccountEvents.PasswordResetRequested;
import jp.manabi.portal.account.AccountEvents.StaffAccountCreated;
import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountToken.Purpose;
import jp.manabi.portal.account.domain.OneTimeTokens.Problem;
import jp.manabi.portal.account.domain.OneTimeTokens.Redeemed;
import jp.manabi.portal.account.domain.OneTimeTokens.Refused;
import jp.manabi.portal.account.session.AccountSessions;

/** Everything that changes an account; each public method is one transaction. */
@Service
@Transactional
public class AccountService {

	/** Raised when the email address already belongs to an account. */
	public static class EmailTakenException extends RuntimeException {

		public EmailTakenException() {
			super("email already registered");
		}
	}

	private final AccountRepository accounts;
	private final OneTimeTokens tokens;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final AccountProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final List<AccountDeletionGuard> deletionGuards;
	private final JdbcClient jdbc;
	private final AccountSessions sessions;

	AccountService(AccountRepository accounts, OneTimeTokens tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, AccountProperties properties, ApplicationEventPublisher events, Clock clock,
			List<AccountDeletionGuard> deletionGuards, JdbcClient jdbc, AccountSessions sessions) {
		this.sessions = sessions;
		this.deletionGuards = deletionGuards;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an unverified resident account and mails the verification link. */
	public long register(String email, String password, PersonalDetails details) {
		requireAcceptable(password, email);
		var normalized = Account.normalizeEmail(email);
		if (accounts.existsByEmail(normalized)) {
			throw new EmailTakenException();
		}
		var account = new Account(normalized, passwordEncoder.encode(password), details, EnumSet.of(Role.RESIDENT));
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups with one address at the same moment: the unique index decides.
			throw new EmailTakenException();
		}
		String token = tokens.issue(account, Purpose.VERIFY_EMAIL, properties.verificationLinkValidity());
		events.publishEvent(new EmailVerificationRequested(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getPreferredLanguage(), token));
		return account.getId();
	}

	/** Sends a fresh verification link, if the address belongs to an unverified account. */
	public void resendVerification(String email) {
		accounts.findByEmail(Account.normalizeEmail(email)).filter(a -> !a.isEmailVerified() && a.isEnabled())
				.ifPresent(account -> {
					String token = tokens.issue(account, Purpose.VERIFY_EMAIL, properties.verificationLinkValidity());
					events.publishEvent(new EmailVerificationRequested(account.getId(), account.getEmail(),
							account.getDisplayName(), account.getPreferredLanguage(), token));
				});
	}

	public Optional<Problem> verifyEmail(String token) {
		var redemption = tokens.redeem(token, Purpose.VERIFY_EMAIL);
		if (redemption instanceof Redeemed redeemed) {
			markVerified(redeemed.account());
		}
		return problemOf(redemption);
	}

	/**
	 * Mails a reset link when the address belongs to an enabled account. Says nothing either
	 * way, so the form cannot be used to find out who has an account.
	 */
	public void requestPasswordReset(String email) {
		accounts.findByEmail(Account.normalizeEmail(email)).filter(Account::isEnabled).ifPresent(account -> {
			String token = tokens.issue(account, Purpose.RESET_PASSWORD, properties.resetLinkValidity());
			events.publishEvent(new PasswordResetRequested(account.getId(), account.getEmail(),
					account.getDisplayName(), account.getPreferredLanguage(), token));
		});
	}

	@Transactional(readOnly = true)
	public Optional<Problem> checkResetToken(String token) {
		return problemOf(tokens.check(token, Purpose.RESET_PASSWORD));
	}

	/** Sets a new password through a reset link. Following the link also proves the address. */
	public Optional<Problem> resetPassword(String token, String newPassword) {
		var redemption = tokens.redeem(token, Purpose.RESET_PASSWORD);
		if (redemption instanceof Redeemed redeemed) {
			var account = redeemed.account();
			requireAcceptable(newPassword, account.getEmail());
			account.changePasswordHash(passwordEncoder.encode(newPassword));
			markVerified(account);
			// Whoever knew the old password is signed out everywhere (ASVS 3.3.3).
			sessions.endAll(account.getId());
			events.publishEvent(new PasswordChanged(account.getId(), true));
		}
		return problemOf(redemption);
	}

	/**
	 * Changes the password and ends the account's other sessions (ASVS 3.3.3): whoever knew the old
	 * password is signed out, the person changing it stays signed in.
	 *
	 * @param keepSessionId the session of the request changing it; null ends every session
	 * @return false when the current password was wrong (nothing changes then)
	 */
	public boolean changePassword(long accountId, String currentPassword, String newPassword, String keepSessionId) {
		var account = accounts.findById(accountId).orElseThrow();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		requireAcceptable(newPassword, account.getEmail());
		account.changePasswordHash(passwordEncoder.encode(newPassword));
		sessions.endOthers(accountId, keepSessionId);
		events.publishEvent(new PasswordChanged(accountId, false));
		return true;
	}

	/** Saves the profile unless someone else saved it since {@code expectedVersion} was read. */
	public void updateProfile(long accountId, long expectedVersion, PersonalDetails details) {
		var account = accounts.findById(accountId).orElseThrow();
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
		}
		account.update(details);
	}

	@Transactional(readOnly = true)
	public Account get(long accountId) {
		return accounts.findById(accountId).orElseThrow();
	}

	/**
	 * An administrator creates an account for staff or a counselor. The holder sets their own
	 * password through the mailed link, so no password ever passes through the administrator.
	 */
	public long createStaffAccount(String email, PersonalDetails details, Set<Role> roles) {
		var account = createInvited(email, details, roles);
		String token = tokens.issue(account, Purpose.RESET_PASSWORD, properties.staffInvitationValidity());
		events.publishEvent(new StaffAccountCreated(account.getId(), account.getEmail(), account.getDisplayName(),
				account.getPreferredLanguage(), token));
		return account.getId();
	}

	/**
	 * Staff create a school's or partner's account (volunteer requests). Like a staff account: the
	 * contact person sets the password through the mailed link (the reset-password token).
	 */
	public long createOrganisationAccount(String email, String contactName) {
		var account = createInvited(email,
				new PersonalDetails(contactName, contactName, null, null, Residency.OTHER, null, "ja"),
				Set.of(Role.ORGANISATION));
		String token = tokens.issue(account, Purpose.RESET_PASSWORD, properties.staffInvitationValidity());
		events.publishEvent(new OrganisationAccountCreated(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getPreferredLanguage(), token));
		return account.getId();
	}

	private Account createInvited(String email, PersonalDetails details, Set<Role> roles) {
		var normalized = Account.normalizeEmail(email);
		if (accounts.existsByEmail(normalized)) {
			throw new EmailTakenException();
		}
		// A random password nobody knows: unusable until the holder follows the invitation link.
		var account = new Account(normalized, passwordEncoder.encode(UUID.randomUUID().toString()), details, roles);
		account.markEmailVerified(clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTakenException();
		}
		return account;
	}

	public void changeRoles(long accountId, Set<Role> roles, boolean enabled) {
		var account = accounts.findById(accountId).orElseThrow();
		account.grant(roles);
		setEnabled(account, enabled);
	}

	/**
	 * An administrator disables or enables an account. Disabling ends its sessions in this
	 * transaction, not on their next request (config/CurrentRolesFilter stays the second guard).
	 */
	public void changeEnabled(long accountId, boolean enabled) {
		var account = accounts.findById(accountId).orElseThrow();
		if (account.isDeleted()) {
			throw new IllegalArgumentException("a deleted account stays disabled");
		}
		setEnabled(account, enabled);
		events.publishEvent(new AccountEvents.Administered(accountId, false,
				enabled ? "account enabled" : "account disabled, its sessions ended"));
	}

	/** An administrator ends all sessions of an account; returns how many there were. */
	public int endSessionsByAdministrator(long accountId) {
		int ended = sessions.endAll(accountId);
		events.publishEvent(new AccountEvents.Administered(accountId, false, "sessions ended: " + ended));
		return ended;
	}

	private void setEnabled(Account account, boolean enabled) {
		account.setEnabled(enabled);
		if (!enabled) {
			sessions.endAll(account.getId());
		}
	}

	/** Raised when a module refuses the deletion (see {@link AccountDeletionGuard}). */
	public static class DeletionRefused extends RuntimeException {

		private final transient List<AccountDeletionGuard.Refusal> refusals;

		public DeletionRefused(List<AccountDeletionGuard.Refusal> refusals) {
			super("account deletion refused");
			this.refusals = List.copyOf(refusals);
		}

		public List<AccountDeletionGuard.Refusal> refusals() {
			return refusals;
		}
	}

	/** What stands in the way of deleting the account; empty when it may go. */
	@Transactional(readOnly = true)
	public List<AccountDeletionGuard.Refusal> deletionRefusals(long accountId) {
		return deletionGuards.stream().flatMap(g -> g.refusal(accountId).stream()).toList();
	}

	/**
	 * Deletes an account at its holder's request: they confirm with their password.
	 *
	 * @return false when the password was wrong (nothing changes then)
	 * @throws DeletionRefused when a module refuses (e.g. the only leader of a circle)
	 */
	public boolean deleteOwn(long accountId, String password) {
		var account = accounts.findById(accountId).orElseThrow();
		if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
			return false;
		}
		erase(account, accountId, true);
		return true;
	}

	/** An administrator deletes an account (e.g. on a written request at the counter). */
	public void deleteByAdministrator(long accountId, long administratorId) {
		var account = accounts.findById(accountId).orElseThrow();
		if (accountId == administratorId) {
			throw new IllegalArgumentException("administrators delete their own account on マイページ");
		}
		erase(account, administratorId, false);
	}

	private void erase(Account account, long deletedBy, boolean bySelf) {
		if (account.isDeleted()) {
			return;
		}
		var refusals = deletionRefusals(account.getId());
		if (!refusals.isEmpty()) {
			throw new DeletionRefused(refusals);
		}
		// The throttle is keyed by the address: forget it with the address.
		jdbc.sql("delete from login_throttle where throttle_key = ?").param("account:" + account.getEmail()).update();
		jdbc.sql("delete from account_token where account_id = ?").param(account.getId()).update();
		account.erasePersonalData(passwordEncoder.encode(UUID.randomUUID().toString()));
		// Signed out everywhere as the deletion commits (the holder's own session too).
		sessions.endAll(account.getId());
		jdbc.sql("insert into account_deletion (account_id, deleted_at, deleted_by, by_self) values (?, ?, ?, ?)")
				.params(account.getId(), java.sql.Timestamp.from(clock.instant()), deletedBy, bySelf).update();
		// Modules erase their own rows after this commits; the audit module records it at once.
		events.publishEvent(new AccountEvents.Deleted(account.getId(), deletedBy, bySelf));
	}

	/** Creates a ready-to-use account: for the first administrator and for demo data. */
	public long createVerified(String email, String password, PersonalDetails details, Set<Role> roles) {
		requireAcceptable(password, email);
		var account = new Account(email, passwordEncoder.encode(password), details, roles);
		account.markEmailVerified(clock.instant());
		return accounts.save(account).getId();
	}

	/** Marks the address proved and, the first time, tells other modules (once per account). */
	private void markVerified(Account account) {
		if (account.isEmailVerified()) {
			return;
		}
		account.markEmailVerified(clock.instant());
		events.publishEvent(new EmailVerified(account.getId(), account.getEmail(), account.details().phone()));
	}

	private static Optional<Problem> problemOf(OneTimeTokens.Redemption redemption) {
		return redemption instanceof Refused refused ? Optional.of(refused.problem()) : Optional.empty();
	}

	private void requireAcceptable(String password, String email) {
		passwordPolicy.violation(password, email).ifPresent(key -> {
			throw new IllegalArgumentException("password refused by policy: " + key);
		});
	}
}

package jp.manabi.portal.account.domain;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountEvents;
import jp.manabi.portal.account.AccountEvents.TwoFactorChange;
import jp.manabi.portal.account.AccountEvents.TwoFactorChanged;
import jp.manabi.portal.account.Role;

/**
 * Two-factor login: a TOTP secret per account ({@link Totp}) and ten single-use recovery codes,
 * kept only as BCrypt hashes. Staff, administrators and counselors must have it; residents,
 * leaders and organisations may turn it on.
 */
@Service
@Transactional
public class TwoFactorService {

	public static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** The outcome of a code typed at login or to confirm a change. */
	public enum Check {
		CODE_ACCEPTED, RECOVERY_CODE_ACCEPTED, REFUSED;

		public boolean accepted() {
			return this != REFUSED;
		}
	}

	/** Thrown when someone whose roles need two factors tries to turn them off. */
	public static class RequiredForRole extends RuntimeException {
		public RequiredForRole() {
			super("two-factor login is required for this account's roles");
		}
	}

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final AccountRepository accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TwoFactorService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AccountRepository accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Whether these roles must log in with two factors ({@link Role#needsTwoFactors()}). */
	public static boolean isRequiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(Role::needsTwoFactors);
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(long accountId) {
		return jdbc.sql("select count(*) from account_two_factor where account_id = ?").param(accountId)
				.query(Integer.class).single() > 0;
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long accountId) {
		return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
				.param(accountId).query(Integer.class).single();
	}

	/**
	 * Checks a TOTP code or, failing that, a recovery code; either is used up by a success. The
	 * account's row is locked, so two requests with the same code cannot both pass.
	 */
	public Check verify(long accountId, String input) {
		if (input == null || input.isBlank() || input.length() > 40) {
			return Check.REFUSED;
		}
		record Row(String secret, long lastUsedStep) {
		}
		var row = jdbc.sql("select secret, last_used_step from account_two_factor where account_id = ? for update")
				.param(accountId).query(Row.class).optional();
		if (row.isEmpty()) {
			return Check.REFUSED;
		}
		String code = input.replaceAll("\\s", "");
		var step = Totp.matchingStep(row.get().secret(), code, clock.instant(), row.get().lastUsedStep());
		if (step.isPresent()) {
			jdbc.sql("update account_two_factor set last_used_step = ? where account_id = ?")
					.params(step.getAsLong(), accountId).update();
			return Check.CODE_ACCEPTED;
		}
		return useRecoveryCode(accountId, code) ? Check.RECOVERY_CODE_ACCEPTED : Check.REFUSED;
	}

	private boolean useRecoveryCode(long accountId, String input) {
		String normalized = normalizeRecoveryCode(input);
		if (normalized.length() != 10) {
			return false;
		}
		record Stored(long id, String codeHash) {
		}
		var codes = jdbc.sql("select id, code_hash from account_recovery_code where account_id = ? and used_at is null")
				.param(accountId).query(Stored.class).list();
		for (var stored : codes) {
			if (passwordEncoder.matches(normalized, stored.codeHash())) {
				jdbc.sql("update account_recovery_code set used_at = ? where id = ?")
						.params(Timestamp.from(clock.instant()), stored.id()).update();
				return true;
			}
		}
		return false;
	}

	/**
	 * Turns two-factor login on with a secret the person has put into their app, proved by a code
	 * from it.
	 *
	 * @return the new recovery codes (shown once), or empty when the code was wrong
	 */
	public Optional<List<String>> enable(long accountId, String secret, String code) {
		if (isEnabled(accountId)) {
			throw new IllegalStateException("two-factor login is already on");
		}
		var step = Totp.matchingStep(secret, code == null ? null : code.replaceAll("\\s", ""), clock.instant(), 0);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		insert(accountId, secret, step.getAsLong());
		var codes = newRecoveryCodes(accountId);
		events.publishEvent(new TwoFactorChanged(accountId, accountId, TwoFactorChange.ENABLED));
		return Optional.of(codes);
	}

	/**
	 * Enrols an account with a known secret and no recovery codes: for demo accounts (whose
	 * secret is published in README) and test accounts only.
	 */
	public void enrolWithKnownSecret(long accountId, String secret) {
		jdbc.sql("delete from account_two_factor where account_id = ?").param(accountId).update();
		insert(accountId, secret, 0);
	}

	/** New recovery codes replace all old ones; needs the current password or a current code. */
	public Optional<List<String>> renewRecoveryCodes(long accountId, String confirmation) {
		if (!isEnabled(accountId) || !confirmed(accountId, confirmation)) {
			return Optional.empty();
		}
		var codes = newRecoveryCodes(accountId);
		events.publishEvent(new TwoFactorChanged(accountId, accountId, TwoFactorChange.RECOVERY_CODES_RENEWED));
		return Optional.of(codes);
	}

	/**
	 * Turns two-factor login off at its holder's request, proved by their password or a current
	 * code.
	 *
	 * @return false when the confirmation was wrong
	 * @throws RequiredForRole for staff, administrators and counselors
	 */
	public boolean disable(long accountId, String confirmation) {
		var account = accounts.findById(accountId).orElseThrow();
		if (isRequiredFor(account.getRoles())) {
			throw new RequiredForRole();
		}
		if (!isEnabled(accountId) || !confirmed(accountId, confirmation)) {
			return false;
		}
		remove(accountId);
		events.publishEvent(new TwoFactorChanged(accountId, accountId, TwoFactorChange.DISABLED));
		return true;
	}

	/**
	 * An administrator removes an account's second factor (a lost phone and lost codes). Staff
	 * enrol again at their next login; their sessions end on their next request.
	 *
	 * @return false when the account had none
	 */
	public boolean resetByAdministrator(long accountId, long administratorId) {
		if (!isEnabled(accountId)) {
			return false;
		}
		remove(accountId);
		events.publishEvent(new TwoFactorChanged(accountId, administratorId, TwoFactorChange.RESET_BY_ADMINISTRATOR));
		return true;
	}

	/** A deleted account keeps no secret. Runs in the deleting transaction. */
	@EventListener
	void on(AccountEvents.Deleted deleted) {
		remove(deleted.accountId());
	}

	/** A password, or a code from the app (which is then used up), or a recovery code. */
	private boolean confirmed(long accountId, String confirmation) {
		// Passwords have at most 72 UTF-8 bytes (PasswordPolicy): anything far longer is no confirmation.
		if (confirmation == null || confirmation.isBlank() || confirmation.length() > 200) {
			return false;
		}
		if (verify(accountId, confirmation).accepted()) {
			return true;
		}
		var account = accounts.findById(accountId).orElseThrow();
		return passwordEncoder.matches(confirmation, account.getPasswordHash());
	}

	private void insert(long accountId, String secret, long usedStep) {
		jdbc.sql("insert into account_two_factor (account_id, secret, enabled_at, last_used_step) values (?, ?, ?, ?)")
				.params(accountId, secret, Timestamp.from(clock.instant()), usedStep).update();
	}

	private void remove(long accountId) {
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
		jdbc.sql("delete from account_two_factor where account_id = ?").param(accountId).update();
	}

	private List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
		var codes = new ArrayList<String>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			var code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
					.params(accountId, passwordEncoder.encode(code.toString())).update();
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	static String normalizeRecoveryCode(String input) {
		return input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}
}

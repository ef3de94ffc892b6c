package jp.manabi.portal.account.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * An account's sessions in the session store (Spring Session JDBC, indexed by account id): to list
 * them on マイページ and end them — one, all but the current one, or all (an administrator, a
 * disabled or deleted account, a changed password).
 *
 * <p>Bulk ends are one SQL delete in the caller's transaction (attributes go by cascade), so a
 * disabled or deleted account's sessions are gone when that change commits, not on their next
 * request. Session ids never leave the server: pages name a session by a {@link ActiveSession#handle()
 * handle}, a hash of its id.
 */
@Service
public class AccountSessions {

	/** Session attributes written at sign-in ({@link SessionLifetimeFilter}). */
	static final String DEVICE = "portal.session.device";
	static final String ADDRESS = "portal.session.address";
	static final String SIGNED_IN_AT = "portal.session.signedInAt";

	private final FindByIndexNameSessionRepository<? extends Session> repository;
	private final JdbcClient jdbc;
	private final Clock clock;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> repository, JdbcClient jdbc, Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One session as its holder sees it.
	 *
	 * @param device browser and system read from the User-Agent at sign-in; null when not recognised
	 * @param current whether this is the session of the request asking
	 */
	public record ActiveSession(String handle, String device, String address, Instant signedInAt,
			Instant lastActive, boolean current) {
	}

	/** The account's live sessions, this one first, then the most recently active. */
	public List<ActiveSession> list(long accountId, String currentSessionId) {
		return sessionsOf(accountId).values().stream()
				.map(s -> new ActiveSession(handle(s.getId()), s.getAttribute(DEVICE), s.getAttribute(ADDRESS),
						Optional.ofNullable(s.<Instant>getAttribute(SIGNED_IN_AT)).orElse(s.getCreationTime()),
						s.getLastAccessedTime(), s.getId().equals(currentSessionId)))
				.sorted(Comparator.comparing(ActiveSession::current).reversed()
						.thenComparing(ActiveSession::lastActive, Comparator.reverseOrder()))
				.toList();
	}

	/** How many unexpired sessions the account has. */
	public int count(long accountId) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ? and expiry_time > ?")
				.params(AccountIdIndexResolver.indexValue(accountId), clock.millis()).query(Integer.class).single();
	}

	/**
	 * Ends the account's session named by {@code handle}.
	 *
	 * @return false when the account has no such session (someone else's, ended, or made up)
	 */
	public boolean end(long accountId, String handle) {
		var session = sessionsOf(accountId).values().stream().filter(s -> handle(s.getId()).equals(handle))
				.findFirst();
		session.ifPresent(s -> repository.deleteById(s.getId()));
		return session.isPresent();
	}

	/** Ends every session of the account but {@code keepSessionId} (the one asking); returns how many. */
	public int endOthers(long accountId, String keepSessionId) {
		return jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
				.params(AccountIdIndexResolver.indexValue(accountId), keepSessionId == null ? "" : keepSessionId)
				.update();
	}

	/** Ends every session of the account; returns how many. */
	public int endAll(long accountId) {
		return jdbc.sql("delete from spring_session where principal_name = ?")
				.param(AccountIdIndexResolver.indexValue(accountId)).update();
	}

	private Map<String, ? extends Session> sessionsOf(long accountId) {
		return repository.findByPrincipalName(AccountIdIndexResolver.indexValue(accountId));
	}

	/** A stable name for a session that cannot be turned back into its id (which is the cookie's value). */
	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

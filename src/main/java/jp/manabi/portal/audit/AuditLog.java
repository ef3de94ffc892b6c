package jp.manabi.portal.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.manabi.portal.account.CurrentUser;

/**
 * Writes the audit log. The actor and their address come from the current request, so callers
 * say only what was done to which record. Runs in the caller's transaction: a change that rolls
 * back leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param subjectType what kind of record, e.g. {@code course_application} or {@code course_roster}
	 * @param subjectId which one; may be null for a list
	 * @param detail a short note without personal data, e.g. the filter used
	 */
	public void record(AuditAction action, String subjectType, Object subjectId, String detail) {
		write(action, subjectType, subjectId, detail, true);
	}

	/**
	 * Like {@link #record}, but keeps only the actor's account id, not their name: for a resident
	 * deleting their own account, whose name must not outlive it here.
	 */
	public void recordWithoutActorName(AuditAction action, String subjectType, Object subjectId, String detail) {
		write(action, subjectType, subjectId, detail, false);
	}

	/**
	 * With the actor given rather than taken from the request's login: for sign-in events, where
	 * nobody is signed in yet (or any more). Keeps the actor's id only, not their name.
	 */
	public void recordAs(Long actorAccountId, AuditAction action, String subjectType, Object subjectId,
			String detail) {
		insert(actorAccountId, null, action, subjectType, subjectId, detail);
	}

	private void write(AuditAction action, String subjectType, Object subjectId, String detail, boolean withName) {
		Long actorId = null;
		String actorName = null;
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			actorId = user.accountId();
			actorName = withName ? user.displayName() : null;
		}
		insert(actorId, actorName, action, subjectType, subjectId, detail);
	}

	private void insert(Long actorId, String actorName, AuditAction action, String subjectType, Object subjectId,
			String detail) {
		jdbc.sql("""
				insert into audit_entry (actor_account_id, actor_name, remote_address, action, subject_type, subject_id, detail)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(actorId, actorName, remoteAddress(), action.name(), subjectType,
						subjectId == null ? null : subjectId.toString(), abbreviate(detail))
				.update();
	}

	/**
	 * The retention job's deletion of entries older than the audit retention. The table's trigger
	 * refuses UPDATE only; nothing else in the portal deletes audit entries.
	 *
	 * @return how many were deleted
	 */
	public int deleteOlderThan(java.time.Instant cutoff) {
		return jdbc.sql("delete from audit_entry where at < ?").param(java.sql.Timestamp.from(cutoff)).update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String abbreviate(String detail) {
		return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
	}
}

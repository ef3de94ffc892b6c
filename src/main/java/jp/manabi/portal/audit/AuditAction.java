package jp.manabi.portal.audit;

/** What a staff member did with personal data. */
public enum AuditAction {
	/** Looked at it on a page. */
	VIEW,
	/** Took it away in a file (CSV, roster). */
	EXPORT,
	/** Changed it. */
	CHANGE,
	/** An administrator action on accounts or settings. */
	ADMIN,
	/** A sign-in, a sign-out, a failed attempt (password or second factor), and two-factor settings. */
	LOGIN
}

/**
 * The audit log: every staff view, export and change of residents' personal data, and every
 * administrator action, with who, when and from where. Other modules write through
 * {@link jp.manabi.portal.audit.AuditLog}; the table is append-only.
 */
package jp.manabi.portal.audit;

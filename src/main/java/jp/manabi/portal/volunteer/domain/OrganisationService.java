package jp.manabi.portal.volunteer.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;

/**
 * Staff make an organisation (a school, an NPO …) together with its account; the contact person
 * gets a mail with a link to set the password. A deactivated organisation can no longer post or
 * run requests (see {@link RequestCoordinators}).
 */
@Service
@Transactional
public class OrganisationService {

	/** The address already belongs to an account. */
	public static class EmailTaken extends RuntimeException {

		public EmailTaken() {
			super("email already registered");
		}
	}

	private final OrganisationRepository organisations;
	private final Accounts accounts;
	private final AuditLog audit;

	OrganisationService(OrganisationRepository organisations, Accounts accounts, AuditLog audit) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.audit = audit;
	}

	public long create(String name, OrganisationKind kind, String email, String contactName) {
		long accountId = accounts.createOrganisationAccount(email, contactName).orElseThrow(EmailTaken::new);
		long id = organisations.save(new Organisation(name, kind, accountId)).getId();
		audit.record(AuditAction.ADMIN, "volunteer_organisation", id, "created with account " + accountId);
		return id;
	}

	public void setActive(long organisationId, boolean active) {
		var organisation = organisations.findById(organisationId).orElseThrow(RequestNotFound::new);
		organisation.activate(active);
		audit.record(AuditAction.ADMIN, "volunteer_organisation", organisationId, active ? "activated" : "deactivated");
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return organisations.findAllByOrderByNameAsc();
	}
}

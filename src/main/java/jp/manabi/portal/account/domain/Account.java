package jp.manabi.portal.account.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;

@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String email;

	private String passwordHash;

	private String displayName;

	private String furigana;

	private String phone;

	private String areaCode;

	@Enumerated(EnumType.STRING)
	private Residency residency;

	private Integer birthYear;

	private String preferredLanguage;

	private Instant emailVerifiedAt;

	private boolean enabled = true;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	public Account(String email, String passwordHash, PersonalDetails details, Set<Role> roles) {
		this.email = normalizeEmail(email);
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		update(details);
	}

	/** Email addresses are compared without case: people type them both ways. */
	public static String normalizeEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public void update(PersonalDetails details) {
		this.displayName = details.displayName();
		this.furigana = details.furigana();
		this.phone = details.phone();
		this.areaCode = details.areaCode();
		this.residency = details.residency();
		this.birthYear = details.birthYear();
		this.preferredLanguage = details.preferredLanguage();
	}

	public PersonalDetails details() {
		return new PersonalDetails(displayName, furigana, phone, areaCode, residency, birthYear, preferredLanguage);
	}

	public void markEmailVerified(Instant when) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = when;
		}
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public void grant(Set<Role> newRoles) {
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	/**
	 * Deletion at the person's (or an administrator's) request: the identifying fields are erased
	 * or replaced, the password becomes one nobody knows, the roles go and the account is disabled.
	 * Area and residency stay: they are coarse, and the figures of the plan count by them.
	 */
	public void erasePersonalData(String unusablePasswordHash) {
		this.email = "deleted-" + id + "@invalid";
		this.displayName = DELETED_NAME;
		this.furigana = "";
		this.phone = null;
		this.birthYear = null;
		this.passwordHash = unusablePasswordHash;
		this.roles.clear();
		this.enabled = false;
	}

	/** The name a deleted account shows wherever it still appears (e.g. as a past applicant). */
	public static final String DELETED_NAME = "退会者";

	public boolean isDeleted() {
		return email != null && email.startsWith("deleted-") && email.endsWith("@invalid");
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public AccountSummary summary() {
		return new AccountSummary(id, email, displayName, furigana, phone, areaCode, residency, birthYear,
				preferredLanguage);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public boolean isEmailVerified() {
		return emailVerifiedAt != null;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

package jp.manabi.portal.volunteer.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A school or partner organisation that posts requests through an account staff made for it
 * (role ORGANISATION). It sees only its own requests and the volunteers who answered them.
 */
@Entity
@Table(name = "volunteer_organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private long accountId;

	private boolean active = true;

	private Instant createdAt = Instant.now();

	protected Organisation() {
	}

	public Organisation(String name, OrganisationKind kind, long accountId) {
		this.name = name;
		this.kind = kind;
		this.accountId = accountId;
	}

	public void rename(String name, OrganisationKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public void activate(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public long getAccountId() {
		return accountId;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

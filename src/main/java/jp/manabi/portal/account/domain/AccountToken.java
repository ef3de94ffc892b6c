package jp.manabi.portal.account.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A one-time link sent by mail (email verification, password reset). Only the SHA-256 of the
 * token is stored, so a copy of the database does not let anyone use the links.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

	public enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt = Instant.now();

	protected AccountToken() {
	}

	AccountToken(Account account, Purpose purpose, String tokenHash, Instant expiresAt) {
		this.account = account;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	public Account getAccount() {
		return account;
	}

	public Purpose getPurpose() {
		return purpose;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	void markUsed(Instant now) {
		usedAt = now;
	}
}

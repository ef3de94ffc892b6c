package jp.manabi.portal.account.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	/** A new link makes the older unused ones of the same kind worthless. */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.purpose = :purpose and t.usedAt is null")
	int invalidateOpen(Account account, AccountToken.Purpose purpose, Instant now);
}

package jp.manabi.portal.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.manabi.portal.account.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

	/** Accounts with their roles in one query: the roles are an eager collection, loaded one account at a time otherwise. */
	@Query("select distinct a from Account a left join fetch a.roles where a.id in :ids")
	List<Account> findWithRolesByIdIn(Collection<Long> ids);

	Optional<Account> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.enabled = true")
	boolean existsEnabledWithRole(Role role);

	@Query("""
			select distinct a from Account a join fetch a.roles
			where a.id in (select b.id from Account b join b.roles r where r <> jp.manabi.portal.account.Role.RESIDENT)
			order by a.id""")
	List<Account> findStaffAccounts();

	@Query("""
			select distinct a from Account a join fetch a.roles
			where a.enabled = true and a.id in (select b.id from Account b join b.roles r where r = :role)
			order by a.email""")
	List<Account> findEnabledWithRole(Role role);
}

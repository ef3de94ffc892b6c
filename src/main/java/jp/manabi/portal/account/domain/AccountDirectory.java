package jp.manabi.portal.account.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.Role;

@Service
@Transactional(readOnly = true)
class AccountDirectory implements Accounts {

	private static final int SLICE = 5_000;

	private final AccountRepository accounts;
	private final AccountService service;

	AccountDirectory(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@Override
	@Transactional
	public Optional<Long> createOrganisationAccount(String email, String displayName) {
		// Asked first: the service's exception would mark the caller's transaction for rollback.
		if (accounts.existsByEmail(Account.normalizeEmail(email))) {
			return Optional.empty();
		}
		return Optional.of(service.createOrganisationAccount(email, displayName));
	}

	@Override
	public Optional<AccountSummary> find(long accountId) {
		return accounts.findById(accountId).map(Account::summary);
	}

	@Override
	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::summary);
	}

	@Override
	public List<AccountSummary> withRole(Role role) {
		return accounts.findEnabledWithRole(role).stream().map(Account::summary).toList();
	}

	@Override
	public Map<Long, AccountSummary> findAll(Collection<Long> accountIds) {
		var found = new HashMap<Long, AccountSummary>();
		var ids = List.copyOf(new HashSet<>(accountIds));
		// In slices: a lottery may ask for a hundred thousand people, more than one statement may bind.
		for (int from = 0; from < ids.size(); from += SLICE) {
			for (var account : accounts.findWithRolesByIdIn(ids.subList(from, Math.min(ids.size(), from + SLICE)))) {
				found.put(account.getId(), account.summary());
			}
		}
		return found;
	}
}

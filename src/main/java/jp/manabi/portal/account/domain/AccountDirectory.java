package jp.manabi.portal.account.domain;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;

@Service
@Transactional(readOnly = true)
class AccountDirectory implements Accounts {

	private final AccountRepository accounts;

	AccountDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<AccountSummary> find(long accountId) {
		return accounts.findById(accountId).map(Account::summary);
	}
}

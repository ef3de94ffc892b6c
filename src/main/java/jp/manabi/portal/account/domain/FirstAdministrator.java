package jp.manabi.portal.account.domain;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;

/**
 * A portal nobody can administer is of no use: on start, create the first administrator from
 * {@code PORTAL_ACCOUNT_FIRST_ADMINISTRATOR_EMAIL} / {@code _PASSWORD}, or refuse to start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;
	private final AccountService service;
	private final AccountProperties.FirstAdministrator settings;

	FirstAdministrator(AccountRepository accounts, AccountService service, AccountProperties properties) {
		this.accounts = accounts;
		this.service = service;
		this.settings = properties.firstAdministrator();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.existsEnabledWithRole(Role.ADMIN)) {
			return;
		}
		if (!settings.isGiven()) {
			throw new IllegalStateException("No administrator exists. Set PORTAL_ACCOUNT_FIRST_ADMINISTRATOR_EMAIL and "
					+ "PORTAL_ACCOUNT_FIRST_ADMINISTRATOR_PASSWORD for the first start (see docs/operations.md).");
		}
		if (accounts.existsByEmail(Account.normalizeEmail(settings.email()))) {
			throw new IllegalStateException("The first administrator's email belongs to an account that is not an "
					+ "enabled administrator; grant the role in the database or choose another address.");
		}
		service.createVerified(settings.email(), settings.password(),
				new PersonalDetails(settings.name(), "かんりしゃ", null, null, Residency.OTHER, null, "ja"),
				EnumSet.of(Role.ADMIN, Role.STAFF));
		log.info("Created the first administrator account");
	}
}

package jp.manabi.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.support.IntegrationTest;

/** A production start without any administrator creates one from the environment, or refuses. */
@Transactional
class FirstAdministratorTest extends IntegrationTest {

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountService service;

	@Autowired
	AccountProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesToStartWhenNoAdministratorExistsAndNoneIsConfigured() {
		jdbc.sql("delete from account_role where role = 'ADMIN'").update();
		var unconfigured = new FirstAdministrator(repository, service, withFirstAdministrator(null, null));

		assertThatThrownBy(() -> unconfigured.run(null)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("PORTAL_ACCOUNT_FIRST_ADMINISTRATOR_EMAIL");
	}

	@Test
	void createsTheConfiguredAdministrator() {
		jdbc.sql("delete from account_role where role = 'ADMIN'").update();
		var configured = new FirstAdministrator(repository, service,
				withFirstAdministrator("chief@city.example.jp", "a sturdy passphrase for the chief"));

		configured.run(null);

		assertThat(repository.existsEnabledWithRole(Role.ADMIN)).isTrue();
		assertThat(repository.findByEmail("chief@city.example.jp")).get()
				.satisfies(a -> assertThat(a.getRoles()).contains(Role.ADMIN, Role.STAFF));
	}

	@Test
	void refusesACommonPasswordForTheFirstAdministrator() {
		jdbc.sql("delete from account_role where role = 'ADMIN'").update();
		var weak = new FirstAdministrator(repository, service, withFirstAdministrator("chief@city.example.jp", "password"));

		assertThatThrownBy(() -> weak.run(null)).isInstanceOf(IllegalArgumentException.class);
	}

	private AccountProperties withFirstAdministrator(String email, String password) {
		return new AccountProperties(properties.verificationLinkValidity(), properties.resetLinkValidity(),
				properties.staffInvitationValidity(), properties.throttle(),
				new AccountProperties.FirstAdministrator(email, password, "区 管理者"));
	}
}

package jp.manabi.portal.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.WebSession;

/** Staff create an organisation with its account; its contact person is mailed a password link. */
class OrganisationAdminTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffCreateAnOrganisationAndItsAccount() throws Exception {
		var staff = accounts.staff();
		WebSession web = session();
		web.logIn(staff.email(), staff.password());
		String email = "school" + System.nanoTime() + "@test.manabi.example";

		var created = web.submit("/admin/volunteers/organisations", "/admin/volunteers/organisations",
				Map.of("name", "区立テスト小学校", "kind", "SCHOOL", "email", email, "contactName", "教頭 先生"));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.email = :e")
				.param("e", email).query(String.class).list()).containsExactly("ORGANISATION");
		String mail = Mails.awaitText(greenMail, email, 1);
		assertThat(mail).contains("教頭 先生");
		String link = Mails.linkIn(mail, "/password/reset");
		assertThat(link).contains("token=");
		assertThat(session().get(link.replaceFirst("^https?://[^/]+", "")).statusCode()).isEqualTo(200);
		assertThat(web.get("/admin/volunteers/organisations").body()).contains("区立テスト小学校").contains(email);

		var again = web.submit("/admin/volunteers/organisations", "/admin/volunteers/organisations",
				Map.of("name", "別の学校", "kind", "SCHOOL", "email", email, "contactName", "別 先生"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("このメールアドレスはすでに使われています。");
		assertThat(jdbc.sql("select count(*) from volunteer_organisation where name = '別の学校'").query(Long.class)
				.single()).isZero();
	}

	@Test
	void aDeactivatedOrganisationCanNoLongerRunItsRequests() {
		var staff = accounts.staff();
		WebSession web = session();
		web.logIn(staff.email(), staff.password());
		String email = "npo" + System.nanoTime() + "@test.manabi.example";
		web.submit("/admin/volunteers/organisations", "/admin/volunteers/organisations",
				Map.of("name", "テストNPO", "kind", "NPO", "email", email, "contactName", "代表 者"));
		long id = jdbc.sql("select o.id from volunteer_organisation o join account a on a.id = o.account_id where a.email = :e")
				.param("e", email).query(Long.class).single();
		jdbc.sql("update account set password_hash = (select password_hash from account where email = :s) where email = :e")
				.param("s", staff.email()).param("e", email).update();
		var partner = session();
		partner.logIn(email, staff.password());
		assertThat(partner.get("/partner/requests").statusCode()).isEqualTo(200);

		web.submit("/admin/volunteers/organisations", "/admin/volunteers/organisations/" + id + "/active",
				Map.of("active", "false"));

		assertThat(partner.get("/partner/requests").statusCode()).isEqualTo(404);
	}
}

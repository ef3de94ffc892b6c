package jp.manabi.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/**
 * An upload over spring.servlet.multipart's limits, sent with a valid session and CSRF token,
 * ends back on the page of its form with a message: no 500, no bare Tomcat page, nothing imported.
 */
class OversizedUploadTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOversizedUploadGoesBackToItsFormWithAMessageAndImportsNothing() {
		var account = accounts.staff();
		WebSession staff = session();
		staff.logIn(account.email(), account.password());
		String marker = "oversized-" + System.nanoTime();
		byte[] threeMegabytes = threeMegabytesOf(marker);

		var course = staff.upload("/admin/courses/import", "/admin/courses/import", marker + ".csv", threeMegabytes);
		assertThat(course.statusCode()).as(course.body()).isEqualTo(303);
		String courseBack = location(course);
		assertThat(courseBack).isEqualTo("/admin/courses/import?uploadTooLarge=true");
		assertThat(Jsoup.parse(staff.get(courseBack).body()).select(".error-summary").text())
				.contains("ファイルが大きすぎます。");

		// From a page with a query: the query is kept.
		var plan = staff.upload("/admin/plans?from=list", "/admin/plans/upload", marker + ".yaml", threeMegabytes);
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(303);
		String planBack = location(plan);
		assertThat(planBack).isEqualTo("/admin/plans?from=list&uploadTooLarge=true");
		var page = staff.get(planBack);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select(".plan-problems li").eachText())
				.containsExactly("ファイル全体：ファイルが2 MBを超えています");

		assertThat(jdbc.sql("select count(*) from course where title like ?").param(marker + "%").query(Long.class)
				.single()).isZero();
		assertThat(jdbc.sql("select count(*) from plan_import where file_name = ?").param(marker + ".yaml")
				.query(Long.class).single()).isZero();
	}

	@Test
	void aRefererFromElsewhereIsNotFollowed() {
		var account = accounts.staff();
		WebSession staff = session();
		staff.logIn(account.email(), account.password());

		var response = staff.upload("/admin/plans", "https://attacker.example/admin/plans",
				"/admin/plans/upload", "elsewhere.yaml", threeMegabytesOf("elsewhere"));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(location(response)).isEqualTo("/admin/plans/upload?uploadTooLarge=true");
		var upload = staff.get(location(response));
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(location(upload)).endsWith("/admin/plans?uploadTooLarge=true");
	}

	private static String location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private static byte[] threeMegabytesOf(String marker) {
		var text = new StringBuilder("title\n");
		while (text.length() < 3 * 1024 * 1024) {
			text.append(marker).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}

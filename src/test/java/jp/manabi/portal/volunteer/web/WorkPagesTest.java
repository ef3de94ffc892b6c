package jp.manabi.portal.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.AssignmentStatus;
import jp.manabi.portal.volunteer.domain.WorkTestData;

/** The volunteer's pages: apply, work, certificate; one test per rule. */
class WorkPagesTest extends IntegrationTest {

	@Autowired
	WorkTestData data;

	private WebSession logIn(Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}

	@Test
	void withoutARegisteredProfileTheApplyPagePointsToRegistration() {
		var request = data.staffRequest(accounts.staff().id(), "未登録 " + System.nanoTime(), 2);

		var page = logIn(accounts.resident()).get("/volunteers/requests/" + request.requestId() + "/apply");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("apply-unregistered").contains("href=\"/mypage/volunteer\"");
	}

	@Test
	void theApplyPageNeedsALogin() {
		var request = data.staffRequest(accounts.staff().id(), "ログイン " + System.nanoTime(), 2);
		assertThat(session().get("/volunteers/requests/" + request.requestId() + "/apply").statusCode()).isEqualTo(302);
	}

	@Test
	void applyingWithoutAShiftShowsTheErrorBesideTheShifts() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "選択なし " + System.nanoTime(), 2);
		String form = "/volunteers/requests/" + request.requestId() + "/apply";
		var web = logIn(volunteer);

		var response = web.submit(form, form, Map.of("message", "よろしく"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("参加する日時を選んでください。");
	}

	@Test
	void applyingThroughTheFormLeadsToTheWorkPage() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "フォーム応募 " + System.nanoTime(), 2);
		String form = "/volunteers/requests/" + request.requestId() + "/apply";
		var web = logIn(volunteer);

		var response = web.submit(form, form, Map.of("shiftIds", String.valueOf(request.shift(1))));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/mypage/volunteer/work");
		assertThat(web.get("/mypage/volunteer/work").body()).contains("フォーム応募").contains("応募");
	}

	@Test
	void aBadCertificateYearIsABadRequest() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var web = logIn(volunteer);

		assertThat(web.get("/mypage/volunteer/certificate?year=abc").statusCode()).isEqualTo(400);
		assertThat(web.get("/mypage/volunteer/certificate?year=1999").statusCode()).isEqualTo(400);
		assertThat(web.get("/mypage/volunteer/certificate?year=2999").statusCode()).isEqualTo(400);
	}

	@Test
	void anEmptyYearSaysSo() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());

		var page = logIn(volunteer).get("/mypage/volunteer/certificate?year=2020");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("2020年度に記録された活動はありません。");
	}

	@Test
	void theCertificateShowsOnlyTheVolunteersOwnCompletedActivities() {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "証明書の活動 " + System.nanoTime(), 2);
		var volunteer = accounts.resident();
		var other = accounts.resident();
		data.assignment(request.shift(0), data.registeredProfile(volunteer.id()), AssignmentStatus.COMPLETED,
				new BigDecimal("2.5"));
		data.assignment(request.shift(0), data.registeredProfile(other.id()), AssignmentStatus.COMPLETED,
				new BigDecimal("3"));
		int year = FiscalYear.of(data.today().minusDays(3)).startYear();

		String page = logIn(volunteer).get("/mypage/volunteer/certificate?year=" + year).body();

		assertThat(page).contains("活動証明書").contains("証明書の活動").contains("2.5").contains("豊島区")
				.contains("/css/certificate.css").doesNotContain("style=");
		assertThat(page).doesNotContain(">3<");
	}
}

package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.volunteer.Volunteers;
import jp.manabi.portal.volunteer.domain.RequestService;

/**
 * A volunteer from end to end, through the pages: a resident registers with their skills and
 * times, staff approve them, post a request that needs those skills, find the volunteer on the
 * matching page and invite them; the volunteer accepts; after the day staff log the hours and the
 * volunteer prints the certificate. The parts have their own journeys; this one proves they connect.
 */
class VolunteerLifeJourneyTest extends BrowserTest {

	@Autowired
	Volunteers volunteers;

	@Autowired
	RequestService requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeredApprovedMatchedInvitedAcceptedHoursLoggedCertified() {
		var resident = accounts.resident();
		var staff = accounts.staff();
		String title = "韓国語と点字の案内 " + System.nanoTime();
		LocalDate saturday = requests.today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));

		// The resident registers, on a phone: two uncommon skills, Saturday mornings, 池袋.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/volunteer");
		page.getByLabel("韓国語", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("韓国語のレベル").selectOption("2");
		page.getByLabel("点訳", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("土曜日 午前").check();
		page.getByLabel("池袋", new Page.GetByLabelOptions().setExact(true)).check();
		button("登録を申請する").click();
		assertThat(page.locator(".status-label")).hasText("登録申請中");
		long profile = volunteers.profileOf(resident.id()).orElseThrow();
		logOut();

		// Staff approve, post the request and invite the volunteer from the matching page.
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin/volunteers/" + profile);
		button("承認して登録する").click();
		assertThat(page.locator(".status-label")).hasText("登録");
		open("/admin/volunteers/requests/new");
		page.locator("#title").fill(title);
		page.locator("#description").fill("区の窓口で、韓国語と点字の案内をお手伝いいただきます。");
		page.locator("summary", new Page.LocatorOptions().setHasText("語学")).click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("韓国語").setExact(true)).getByLabel("必須").check();
		page.locator("summary", new Page.LocatorOptions().setHasText("福祉")).click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("点訳").setExact(true)).getByLabel("必須").check();
		field("shifts[0].date").fill(saturday.toString());
		field("shifts[0].startsAt").fill("09:30");
		field("shifts[0].endsAt").fill("12:00");
		field("shifts[0].needed").fill("2");
		page.locator("#place").fill("としま区民センター");
		page.locator("#areaCode").selectOption("ikebukuro");
		page.locator("#numberNeeded").fill("2");
		page.locator("#applyBy").fill(saturday.minusDays(2).toString());
		button("保存する").click();
		assertThat(page.locator(".notice-area")).containsText("募集を作成しました。");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title + " の候補者を見る")).click();
		Locator invite = page.locator("form.invite-form:has(input[name=profileId][value='" + profile + "'])");
		assertThat(invite).hasCount(1);
		assertAccessible();
		invite.locator("textarea[name=message]").fill("韓国語の得意な方にお願いしています。");
		invite.locator("button[type=submit]").click();
		assertThat(page.locator(".notice, .notice-area").first()).containsText("依頼しました");
		logOut();

		// The volunteer accepts, on a phone.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/volunteer/work");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("「" + title + "」の依頼を受ける").setExact(true))
				.click();
		assertThat(page.locator(".work-current")).containsText("承認");
		logOut();

		// The Saturday has come and gone: staff log the hours.
		long request = jdbc.sql("select id from volunteer_request where title = ?").param(title).query(Long.class).single();
		long shift = jdbc.sql("select id from volunteer_shift where request_id = ?").param(request).query(Long.class).single();
		jdbc.sql("update volunteer_shift set shift_date = ? where id = ?").param(requests.today().minusDays(1))
				.param(shift).update();
		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin/volunteers/requests/" + request + "/assignments");
		var board = page.locator("[data-shift='" + shift + "']");
		board.getByLabel("試験 太郎さんの活動時間（時間、0.25刻み）").fill("2.5");
		board.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("活動時間を記録する")).click();
		assertThat(page.locator("[data-shift='" + shift + "'] .applicant-status")).hasText("完了");
		logOut();

		// The volunteer's certificate for the year shows the activity and its hours.
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open("/mypage/volunteer/work");
		page.locator(".work-years a").first().click();
		assertThat(page.locator("h1")).hasText("活動証明書");
		assertThat(page.locator(".certificate-activities")).containsText(title);
		assertThat(page.locator(".certificate-total")).hasText("2.5");
		assertAccessible();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		page.waitForURL(url -> !url.contains("/login"));
	}

	private void logOut() {
		context.clearCookies();
	}

	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}
}

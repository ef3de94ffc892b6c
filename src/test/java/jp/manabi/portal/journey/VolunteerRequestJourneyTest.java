package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestTestData;
import jp.manabi.portal.volunteer.domain.WeeklySlot;

/**
 * Staff register a school, post a request with two shifts and required skills, find it on
 * /volunteers (its page on a phone), and see on the matching page the qualified volunteer ranked
 * with reasons and the unqualified one absent.
 */
class VolunteerRequestJourneyTest extends BrowserTest {

	@Autowired
	RequestTestData data;

	@Autowired
	RequestService requests;

	@Test
	void staffPostARequestAndSeeItsCandidates() {
		var staff = accounts.staff();
		LocalDate saturday = requests.today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		var qualified = accounts.resident();
		var unqualified = accounts.resident();
		data.registeredVolunteer(qualified.id(), Map.of("sign-language", 2, "disaster", 1),
				Set.of(WeeklySlot.of(DayOfWeek.SATURDAY, TimeBand.MORNING)), Set.of("komagome"));
		data.registeredVolunteer(unqualified.id(), Map.of("sign-language", 3),
				Set.of(WeeklySlot.of(DayOfWeek.SATURDAY, TimeBand.MORNING)), Set.of("komagome"));
		String school = "区立駒込テスト小学校" + System.nanoTime();
		String title = "手話で防災訓練" + System.nanoTime();

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(staff.email(), staff.password());
		open("/admin");
		link("ボランティア募集").click();
		assertThat(page.locator("h1")).hasText("ボランティア募集の管理");
		assertAccessible();

		// The school and its account.
		link("学校・団体（募集者）の管理").click();
		assertAccessible();
		page.locator("#name").fill(school);
		page.locator("#email").fill("komagome" + System.nanoTime() + "@test.manabi.example");
		page.locator("#contactName").fill("駒込 先生");
		button("登録してメールを送る").click();
		assertThat(page.locator(".notice-area")).containsText("学校・団体を登録し");
		assertThat(page.locator("main")).containsText(school);
		assertAccessible();

		// A request with two shifts and two required skills; a first try with a late apply-by date.
		open("/admin/volunteers/requests/new");
		assertAccessible();
		page.locator("#title").fill(title);
		page.locator("#description").fill("防災訓練の会場で、手話で案内をします。");
		page.locator("summary", new Page.LocatorOptions().setHasText("福祉")).click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("手話").setExact(true))
				.getByLabel("必須").check();
		page.locator("summary", new Page.LocatorOptions().setHasText("地域・防災")).click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("防災").setExact(true))
				.getByLabel("必須").check();
		field("shifts[0].date").fill(saturday.toString());
		field("shifts[0].startsAt").fill("09:00");
		field("shifts[0].endsAt").fill("12:00");
		field("shifts[0].needed").fill("3");
		button("シフトを追加").click();
		field("shifts[1].date").fill(saturday.plusDays(7).toString());
		field("shifts[1].startsAt").fill("09:00");
		field("shifts[1].endsAt").fill("12:00");
		field("shifts[1].needed").fill("2");
		page.locator("#place").fill("駒込地域文化創造館");
		page.locator("#areaCode").selectOption("komagome");
		page.locator("#numberNeeded").fill("5");
		page.locator("#applyBy").fill(saturday.plusDays(1).toString());
		button("保存する").click();
		assertThat(field("applyBy-error")).containsText("応募締切日は最初の活動日以前にしてください。");
		assertAccessible();
		page.locator("#applyBy").fill(saturday.minusDays(2).toString());
		button("保存する").click();
		assertThat(page.locator(".notice-area")).containsText("募集を作成しました。");
		assertAccessible();

		// The matching page: the qualified volunteer with reasons, the one without 防災 absent.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title + " の候補者を見る")).click();
		assertThat(page.locator("h1")).containsText(title);
		Locator card = page.locator(".match-card", new Page.LocatorOptions().setHasText("試験 太郎"));
		assertThat(page.locator(".match-card .reasons").first()).containsText("必須「手話」（得意）");
		assertThat(page.locator(".match-card .reasons").first()).containsText("活動地域に駒込を含む");
		assertThat(page.locator(".match-card a[href='/admin/volunteers/" + profileOf(qualified.id()) + "']")).hasCount(1);
		assertThat(page.locator(".match-card a[href='/admin/volunteers/" + profileOf(unqualified.id()) + "']")).hasCount(0);
		assertThat(card.first().locator("select[name=shiftId]")).isVisible();
		assertAccessible();
		logOut();

		// Public: listed on /volunteers, its page on a phone.
		page.setViewportSize(PHONE_WIDTH, 844);
		open("/volunteers?area=komagome");
		assertAccessible();
		link(title).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText("手話");
		assertThat(link("応募する")).isVisible();
		assertAccessible();
	}

	private long profileOf(long accountId) {
		return volunteers.profileOf(accountId).orElseThrow();
	}

	@Autowired
	jp.manabi.portal.volunteer.Volunteers volunteers;

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		button("ログインする").click();
		completeTwoFactor(email);
		page.waitForURL(url -> !url.contains("/login"));
	}

	private void logOut() {
		context.clearCookies();
	}

	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}

	private Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}
}

package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.support.BrowserTest;

/**
 * A leader posts a public event with two places, a resident signs up on the event page and finds
 * it on マイページ, the leader sees one signed up and files a report. axe-core on every page; the
 * resident's part on a phone, the leader's on a desktop.
 */
class CircleEventJourneyTest extends BrowserTest {

	@Autowired
	ActivityTestCircles circles;

	@Test
	void aLeaderPostsAnEventAResidentSignsUpAndTheLeaderFilesAReport() {
		var leader = accounts.resident();
		String circleName = "街歩きの会 " + System.nanoTime();
		long circle = circles.registered(leader.id(), circleName);
		var resident = accounts.resident();
		String title = "秋の街歩き " + System.nanoTime();
		page.setViewportSize(DESKTOP_WIDTH, 900);

		logIn(leader.email(), leader.password());
		open("/mypage/circles/" + circle + "/activities");
		assertThat(page.locator("h1")).hasText(circleName + "の活動・イベント");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("活動・イベントを掲載する")).click();
		assertThat(page.locator("h1")).hasText("活動・イベントを掲載する");
		assertAccessible();
		page.getByLabel("公開イベント（だれでも参加でき、申込みも受け付けられます）").check();
		page.getByLabel("タイトル").fill(title);
		page.getByLabel("内容").fill("駅前から旧街道を歩きます。");
		page.getByLabel("日付").fill(LocalDate.now(CircleActivity.ZONE).plusDays(20).toString());
		page.getByLabel("開始時刻").fill("10:00");
		page.getByLabel("終了時刻").fill("12:00");
		page.getByLabel("場所").fill("池袋駅東口 集合");
		page.getByLabel("定員（人）").fill("2");
		page.getByLabel("ポータルで参加申込みを受け付ける").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator(".notice")).hasText("活動・イベントを掲載しました。");
		assertThat(page.locator("main")).containsText("申込み 0人／定員 2人");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("「" + title + "」の申込者を見る")).click();
		String eventPath = page.locator("main a", new Page.LocatorOptions().setHasText("公開ページを見る"))
				.getAttribute("href");
		logOut();

		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident.email(), resident.password());
		open(eventPath);
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".places-left")).hasText("残り 2人（定員 2人）");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("参加を申し込む")).click();
		assertThat(page.locator(".notice")).hasText("参加を申し込みました。確認のメールをお送りします。");
		assertThat(page.locator(".places-left")).hasText("残り 1人（定員 2人）");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申し込んだイベントを見る・取り消す")).click();
		assertThat(page.locator("h1")).hasText("申し込んだイベント");
		assertThat(page.locator(".my-events")).containsText(title);
		assertThat(page.locator(".my-events")).containsText("申込み済み");
		assertAccessible();
		logOut();

		page.setViewportSize(DESKTOP_WIDTH, 900);
		logIn(leader.email(), leader.password());
		open("/mypage/circles/" + circle + "/activities");
		assertThat(page.locator("main")).containsText("申込み 1人／定員 2人");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("「" + title + "」の申込者を見る")).click();
		assertThat(page.locator(".signup-names")).hasText("試験 太郎");
		assertAccessible();

		open("/mypage/circles/" + circle + "/reports");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("活動報告を書く")).click();
		assertThat(page.locator("h1")).hasText("活動報告を書く");
		assertAccessible();
		page.getByLabel("参加者数").fill("12");
		page.getByLabel("活動の内容").fill("旧街道の下見をしました。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("報告する")).click();
		assertThat(page.locator(".notice")).hasText("活動報告を受け付けました。");
		assertThat(page.locator(".report-list")).containsText("旧街道の下見をしました。");
		assertAccessible();
		logOut();

		// The report counts on the staff's page of the year.
		var staff = accounts.staff();
		logIn(staff.email(), staff.password());
		open("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("サークル活動報告（計画の体系別）")).click();
		assertThat(page.locator(".report-lines")).containsText("旧街道の下見をしました。");
		assertAccessible();
		page.setViewportSize(PHONE_WIDTH, 844);
		assertAccessible();
	}

	private void logIn(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		completeTwoFactor(email);
		assertThat(page.locator("h1")).hasText("マイページ");
	}

	private void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
	}
}

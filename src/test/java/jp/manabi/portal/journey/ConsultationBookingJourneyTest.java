package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.manabi.portal.consultation.domain.ConsultationTestData;
import jp.manabi.portal.support.BrowserTest;
import jp.manabi.portal.support.TestAccounts;

/**
 * 学習相談 in a browser, on a phone: a counselor has hours; a resident picks the topic, filters
 * for evenings, books (an empty description first, refused beside the field), sees the booking,
 * moves it, cancels it. axe-core on every page. And the slot page by keyboard alone.
 */
class ConsultationBookingJourneyTest extends BrowserTest {

	@Autowired
	ConsultationTestData data;

	@Test
	void aResidentBooksAnEveningConsultationMovesItAndCancelsIt() {
		var setup = data.topicWithCounselor();
		var resident = accounts.resident();
		page.setViewportSize(PHONE_WIDTH, 844);
		logIn(resident);

		open("/consultations");
		assertThat(page.locator("h1")).hasText("学習相談");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName("「" + setup.topic().getNameJa() + "」の空き時間を見る")).click();
		assertThat(page.locator("h1")).hasText(setup.topic().getNameJa());
		assertThat(page.locator("#slot-list")).containsText("10:00–10:30");
		assertAccessible();

		// Evenings only: htmx swaps the list; every time left starts at 17:00 or later.
		page.locator("label[for=evening]").click();
		page.waitForURL("**evening=true**");
		assertThat(page.locator("#slot-list")).not().containsText("10:00–10:30");
		assertThat(page.locator("#slot-list .slot-link__time").first()).containsText("18:00");
		for (String time : page.locator("#slot-list .slot-link__time").allTextContents()) {
			assertThat(time.compareTo("17:00")).isGreaterThanOrEqualTo(0);
		}
		assertAccessible();

		page.locator("#slot-list .slot-link").first().click();
		assertThat(page.locator("h1")).hasText("相談の予約");
		assertThat(page.locator("main")).containsText("オンライン");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("予約する")).click();
		assertThat(page.locator("#description-error")).isVisible();
		assertAccessible();
		page.locator("#description").fill("仕事帰りに学べる講座をさがしています。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("予約する")).click();
		assertThat(page.locator(".notice")).containsText("相談を予約しました");
		assertThat(page.locator("#booking-status")).hasText("予約済み");
		assertThat(page.locator("main")).containsText("仕事帰りに学べる講座をさがしています。");
		assertAccessible();

		open("/mypage/consultations");
		assertThat(page.locator("main")).containsText(setup.topic().getNameJa());
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(setup.topic().getNameJa())).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("別の時間に変更する")).click();
		assertThat(page.locator("h1")).hasText("予約の変更");
		assertAccessible();
		// The last time on the first page: two weeks ahead, well before its cut-off.
		page.locator("#slot-list .slot-link").last().click();
		assertThat(page.locator("h1")).hasText("この時間に変更しますか");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この時間に変更する")).click();
		assertThat(page.locator(".notice")).containsText("予約を変更しました");
		assertThat(page.locator("#booking-status")).hasText("予約済み");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この予約を取り消す")).click();
		assertThat(page.locator(".notice")).containsText("予約を取り消しました");
		assertThat(page.locator("main")).containsText("これからの相談の予約はありません。");
		assertThat(page.locator("main")).containsText("取消し");
		assertAccessible();
	}

	@Test
	void theFiltersAndSlotLinksAreReachableByKeyboard() {
		var setup = data.topicWithCounselor();
		page.setViewportSize(PHONE_WIDTH, 844);
		open("/consultations/" + setup.code());
		assertAccessible();
		var reached = new ArrayList<String>();
		for (int i = 0; i < 40 && !reached.contains("slot-link"); i++) {
			page.keyboard().press("Tab");
			reached.add(String.valueOf(page.evaluate("() => document.activeElement.id || document.activeElement.className")));
		}
		assertThat(reached).contains("channel-COUNTER", "channel-PHONE", "channel-ONLINE", "evening", "weekend",
				"slot-link");
		// The evening box by keyboard: Space checks it, and the list follows.
		page.locator("#evening").focus();
		page.keyboard().press("Space");
		page.waitForURL("**evening=true**");
		assertThat(page.locator("#slot-list .slot-link__time").first()).containsText("18:00");
		page.locator("#slot-list .slot-link").first().focus();
		page.keyboard().press("Enter");
		// Booking needs a login: the keyboard got the resident to the login page.
		assertThat(page.locator("h1")).hasText("ログイン");
	}

	@Test
	void theResidentsPagesPassAxeInEnglish() {
		var setup = data.topicWithCounselor();
		var resident = accounts.resident();
		page.setViewportSize(PHONE_WIDTH, 844);
		open("/?lang=en");
		open("/consultations");
		assertThat(page.locator("h1")).hasText("Learning advice");
		assertAccessible();
		open("/consultations/" + setup.code() + "?weekend=true");
		assertThat(page.locator("#slot-list")).containsText("Free times");
		assertAccessible();
		logIn(resident, "My page");
		open("/consultations/" + setup.code() + "?channel=PHONE");
		page.locator("#slot-list .slot-link").first().click();
		assertThat(page.locator("h1")).hasText("Book a consultation");
		assertThat(page.locator("#contactPhone")).isVisible();
		assertAccessible();
		open("/mypage/consultations");
		assertThat(page.locator("main")).containsText("You have no consultation booked.");
		assertAccessible();
	}

	private void logIn(TestAccounts.Created account, String myPage) {
		open("/login");
		page.locator("#email").fill(account.email());
		page.locator("#password").fill(account.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(account.email());
		assertThat(page.locator("h1")).hasText(myPage);
	}

	private void logIn(TestAccounts.Created account) {
		open("/login");
		page.locator("#email").fill(account.email());
		page.locator("#password").fill(account.password());
		page.locator("button[type=submit]").click();
		completeTwoFactor(account.email());
		assertThat(page.locator("h1")).hasText("マイページ");
	}
}

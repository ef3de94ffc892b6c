package jp.manabi.portal.account.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;

/**
 * The demo accounts printed in README.md. Created only in the demo profile; their addresses
 * use a reserved domain so that {@link PortalAuthenticationProvider} can refuse them elsewhere.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String DOMAIN = "@demo.manabi.example";

	/** Public by design: the README lists them. */
	static final String PASSWORD = "manabi-demo-2026";

	record DemoAccount(String localPart, String name, String furigana, String area, Set<Role> roles) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("resident", "豊島 花子", "としま はなこ", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("leader", "目白 太郎", "めじろ たろう", "mejiro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("counselor", "巣鴨 学", "すがも まなぶ", "sugamo", EnumSet.of(Role.COUNSELOR)),
			// More learning counselors (consultation/domain/DemoConsultations), with other hours.
			new DemoAccount("counselor2", "大塚 ゆかり", "おおつか ゆかり", "otsuka", EnumSet.of(Role.COUNSELOR)),
			new DemoAccount("counselor3", "千早 誠", "ちはや まこと", "takamatsu", EnumSet.of(Role.COUNSELOR)),
			new DemoAccount("staff", "池袋 職員", "いけぶくろ しょくいん", "ikebukuro", EnumSet.of(Role.STAFF)),
			new DemoAccount("admin", "管理 者", "かんり しゃ", "ikebukuro", EnumSet.of(Role.ADMIN, Role.STAFF)),
			// Leaders of the demo circles (circle/domain/DemoCircles), beside 目白 太郎 above.
			new DemoAccount("circle01", "巣鴨 和子", "すがも かずこ", "sugamo", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle02", "雑司 一郎", "ぞうし いちろう", "zoshigaya", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle03", "大塚 健", "おおつか けん", "otsuka", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle04", "長崎 美香", "ながさき みか", "nagasaki", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle05", "池袋 リン", "いけぶくろ りん", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle06", "高松 大地", "たかまつ だいち", "takamatsu", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle07", "駒込 さくら", "こまごめ さくら", "komagome", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle08", "目白 翼", "めじろ つばさ", "mejiro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle09", "巣鴨 正男", "すがも まさお", "sugamo", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("circle10", "東 点子", "ひがし てんこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)));

	private final AccountRepository accounts;
	private final AccountService service;

	DemoAccounts(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	static boolean isDemoEmail(String normalizedEmail) {
		return normalizedEmail != null && normalizedEmail.endsWith(DOMAIN);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (var demo : ACCOUNTS) {
			String email = demo.localPart() + DOMAIN;
			if (!accounts.existsByEmail(email)) {
				service.createVerified(email, PASSWORD, new PersonalDetails(demo.name(), demo.furigana(), null,
						demo.area(), Residency.LIVES, 1980, "ja"), demo.roles());
			}
		}
	}
}

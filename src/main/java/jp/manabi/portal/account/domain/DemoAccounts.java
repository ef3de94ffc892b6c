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

	/**
	 * Public by design too (README): the TOTP secret of the demo staff, administrator and
	 * counselors, so the demo can be tried with any authenticator app.
	 */
	static final String TWO_FACTOR_SECRET = "MANABIDEMOSTAFFTWOFACTOR";

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
			new DemoAccount("circle10", "東 点子", "ひがし てんこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			// The school that posts volunteer requests (volunteer/domain/DemoVolunteerRequests).
			new DemoAccount("school", "池袋 校長", "いけぶくろ こうちょう", "ikebukuro", EnumSet.of(Role.ORGANISATION)),
			// Volunteers of the demo talent bank (volunteer/domain/DemoVolunteers).
			new DemoAccount("volunteer01", "佐藤 大輔", "さとう だいすけ", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer02", "鈴木 幸子", "すずき さちこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer03", "高橋 健太", "たかはし けんた", "nishi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer04", "田中 直美", "たなか なおみ", "minami-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer05", "伊藤 隆", "いとう たかし", "mejiro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer06", "渡辺 陽子", "わたなべ ようこ", "zoshigaya", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer07", "山本 拓也", "やまもと たくや", "sugamo", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer08", "中村 明美", "なかむら あけみ", "komagome", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer09", "小林 誠", "こばやし まこと", "otsuka", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer10", "加藤 優子", "かとう ゆうこ", "nagasaki", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer11", "吉田 修", "よしだ おさむ", "senkawa", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer12", "山田 由美", "やまだ ゆみ", "takamatsu", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer13", "佐々木 浩二", "ささき こうじ", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer14", "山口 裕子", "やまぐち ゆうこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer15", "松本 翔", "まつもと しょう", "nishi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer16", "井上 真由美", "いのうえ まゆみ", "minami-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer17", "木村 剛", "きむら つよし", "mejiro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer18", "林 恵子", "はやし けいこ", "zoshigaya", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer19", "斎藤 和也", "さいとう かずや", "sugamo", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer20", "清水 美咲", "しみず みさき", "komagome", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer21", "佐藤 大輔", "さとう だいすけ", "otsuka", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer22", "鈴木 幸子", "すずき さちこ", "nagasaki", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer23", "高橋 健太", "たかはし けんた", "senkawa", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer24", "田中 直美", "たなか なおみ", "takamatsu", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer25", "伊藤 隆", "いとう たかし", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer26", "渡辺 陽子", "わたなべ ようこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer27", "山本 拓也", "やまもと たくや", "nishi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer28", "中村 明美", "なかむら あけみ", "minami-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer29", "小林 誠", "こばやし まこと", "mejiro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer30", "加藤 優子", "かとう ゆうこ", "zoshigaya", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer31", "吉田 修", "よしだ おさむ", "sugamo", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer32", "山田 由美", "やまだ ゆみ", "komagome", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer33", "佐々木 浩二", "ささき こうじ", "otsuka", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer34", "山口 裕子", "やまぐち ゆうこ", "nagasaki", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer35", "松本 翔", "まつもと しょう", "senkawa", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer36", "井上 真由美", "いのうえ まゆみ", "takamatsu", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer37", "木村 剛", "きむら つよし", "ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer38", "林 恵子", "はやし けいこ", "higashi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer39", "斎藤 和也", "さいとう かずや", "nishi-ikebukuro", EnumSet.of(Role.RESIDENT)),
			new DemoAccount("volunteer40", "清水 美咲", "しみず みさき", "minami-ikebukuro", EnumSet.of(Role.RESIDENT)));

	private final AccountRepository accounts;
	private final AccountService service;
	private final TwoFactorService twoFactor;

	DemoAccounts(AccountRepository accounts, AccountService service, TwoFactorService twoFactor) {
		this.accounts = accounts;
		this.service = service;
		this.twoFactor = twoFactor;
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
			if (TwoFactorService.isRequiredFor(demo.roles())) {
				long id = accounts.findByEmail(email).orElseThrow().getId();
				if (!twoFactor.isEnabled(id)) {
					twoFactor.enrolWithKnownSecret(id, TWO_FACTOR_SECRET);
				}
			}
		}
	}
}

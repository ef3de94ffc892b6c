package jp.manabi.portal.volunteer.web;

import static jp.manabi.portal.volunteer.ProfileTestForms.form;
import static jp.manabi.portal.volunteer.ProfileTestForms.row;
import static jp.manabi.portal.volunteer.ProfileTestForms.skillId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.ProfileStatus;
import jp.manabi.portal.volunteer.domain.VolunteerProfile;
import jp.manabi.portal.volunteer.domain.SkillLevel;
import jp.manabi.portal.volunteer.domain.SkillTree;
import jp.manabi.portal.volunteer.domain.VolunteerProfileRepository;
import jp.manabi.portal.volunteer.domain.WeeklySlot;

/** A resident's own volunteer profile on /mypage/volunteer: register, errors beside fields, edit, withdraw. */
class VolunteerProfileWebTest extends IntegrationTest {

	@Autowired
	SkillTree tree;

	@Autowired
	VolunteerProfileRepository profiles;

	@Autowired
	ProfileService service;

	private VolunteerProfile profileOf(long accountId) {
		return service.mine(accountId).orElseThrow();
	}

	private WebSession logIn(Created account) {
		var session = session();
		session.logIn(account.email(), account.password());
		return session;
	}

	@Test
	void aResidentRegistersWithSkillsAvailabilityAndAreasAndGetsAReceipt() throws Exception {
		var resident = accounts.resident();
		var session = logIn(resident);
		var page = session.get("/mypage/volunteer");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("ボランティア・人材バンクへの登録").contains("英語のレベル");

		var posted = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 3, "smartphone", 1), Map.of("canTeach", "true")));
		assertThat(posted.statusCode()).isEqualTo(302);

		var profile = profileOf(resident.id());
		assertThat(profile.getStatus()).isEqualTo(ProfileStatus.APPLIED);
		var details = profile.details();
		assertThat(details.skills()).containsExactlyInAnyOrder(new SkillLevel(skillId(tree, "english"), 3),
				new SkillLevel(skillId(tree, "smartphone"), 1));
		assertThat(details.canTeach()).isTrue();
		assertThat(details.availability()).containsExactlyInAnyOrder(WeeklySlot.of(DayOfWeek.MONDAY, TimeBand.EVENING),
				WeeklySlot.of(DayOfWeek.SATURDAY, TimeBand.MORNING));
		assertThat(details.areaCodes()).containsExactlyInAnyOrder("ikebukuro", "mejiro");
		assertThat(details.unavailableDates()).containsExactlyInAnyOrder(LocalDate.of(2026, 12, 24),
				LocalDate.of(2026, 12, 31));
		assertThat(details.publicName()).isFalse();
		assertThat(details.publicSkills()).isTrue();
		assertThat(Mails.awaitText(greenMail, resident.email(), 1)).contains("受け付けました").contains("/mypage/volunteer");
		assertThat(session.get("/mypage/volunteer").body()).contains("登録申請中").contains("語学 &gt; 英語（教えられる）");
	}

	@Test
	void aLevelOutsideOneToThreeIsShownBesideThatSkillNotA500() {
		var resident = accounts.resident();
		var session = logIn(resident);
		int english = row(tree, "english");
		var response = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("skills[" + english + "].level", "7")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"skills[" + english + "].level-error\"")
				.contains("レベルは1から3の中から選んでください。");
		assertThat(profiles.findByAccountId(resident.id())).isEmpty();

		var notANumber = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("skills[" + english + "].level", "abc")));
		assertThat(notANumber.statusCode()).isEqualTo(200);
		assertThat(notANumber.body()).contains("レベルは1から3の中から選んでください。");
	}

	@Test
	void aTamperedSkillAreaOrSlotIsAClearErrorNotA500() {
		var resident = accounts.resident();
		var session = logIn(resident);
		var tampered = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("skills[0].skillId", "987654321", "skills[0].chosen", "true")));
		assertThat(tampered.statusCode()).isEqualTo(200);
		assertThat(tampered.body()).contains("id=\"skills-error\"").contains("選べない技能が含まれています");

		var group = session.submit("/mypage/volunteer", "/mypage/volunteer", form(tree, Map.of(),
				Map.of("skills[0].skillId", String.valueOf(skillId(tree, "language")), "skills[0].chosen", "true")));
		assertThat(group.statusCode()).isEqualTo(200);
		assertThat(group.body()).contains("選べない技能が含まれています");

		var area = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("areas[atlantis]", "true")));
		assertThat(area.statusCode()).isEqualTo(200);
		assertThat(area.body()).contains("id=\"areas-error\"");

		var slot = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("slots[FUNDAY_NIGHT]", "true")));
		assertThat(slot.statusCode()).isEqualTo(200);
		assertThat(slot.body()).contains("id=\"slots-error\"");
		assertThat(profiles.findByAccountId(resident.id())).isEmpty();
	}

	@Test
	void tooManyOrUnreadableDatesAreShownBesideTheDates() {
		var resident = accounts.resident();
		var session = logIn(resident);
		String many = IntStream.rangeClosed(1, 21).mapToObj(d -> "2027-01-" + String.format("%02d", d))
				.collect(Collectors.joining("\n"));
		var tooMany = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("unavailableDates", many)));
		assertThat(tooMany.statusCode()).isEqualTo(200);
		assertThat(tooMany.body()).contains("id=\"unavailableDates-error\"").contains("活動できない日は20日までです。");

		var unreadable = session.submit("/mypage/volunteer", "/mypage/volunteer",
				form(tree, Map.of("english", 2), Map.of("unavailableDates", "2027-02-30")));
		assertThat(unreadable.body()).contains("「2027-02-30」は日付として読めません。");
		assertThat(profiles.findByAccountId(resident.id())).isEmpty();
	}

	@Test
	void aVolunteerWithdrawsAndRegistersAgainBackToReview() throws Exception {
		var resident = accounts.resident();
		var session = logIn(resident);
		session.submit("/mypage/volunteer", "/mypage/volunteer", form(tree, Map.of("calligraphy", 3), Map.of()));
		var profile = profileOf(resident.id());

		var withdrawn = session.submit("/mypage/volunteer", "/mypage/volunteer/withdraw",
				Map.of("version", String.valueOf(profile.getVersion())));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(profileOf(resident.id()).getStatus()).isEqualTo(ProfileStatus.WITHDRAWN);
		var page = session.get("/mypage/volunteer").body();
		assertThat(page).contains("以前に登録を取りやめました");

		session.submit("/mypage/volunteer", "/mypage/volunteer", form(tree, Map.of("calligraphy", 2), Map.of()));
		var again = profileOf(resident.id());
		assertThat(again.getStatus()).isEqualTo(ProfileStatus.APPLIED);
		assertThat(again.details().skills()).containsExactly(new SkillLevel(skillId(tree, "calligraphy"), 2));
		assertThat(Mails.awaitAll(greenMail, resident.email(), 2)).hasSize(2);
	}

	@Test
	void registeringTwiceIsRefusedAndTheEditKeepsOnlyTheOwnProfile() {
		var resident = accounts.resident();
		var other = accounts.resident();
		var session = logIn(resident);
		session.submit("/mypage/volunteer", "/mypage/volunteer", form(tree, Map.of("music", 1), Map.of()));
		var again = session.submit("/mypage/volunteer/edit", "/mypage/volunteer",
				form(tree, Map.of("music", 3), Map.of()));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("すでに登録しています。");

		// Another resident has no profile: their edit page sends them to register, never to someone else's.
		var otherSession = logIn(other);
		assertThat(otherSession.get("/mypage/volunteer/edit").statusCode()).isEqualTo(302);
		var mine = profileOf(resident.id());
		var form = new HashMap<>(form(tree, Map.of("music", 3), Map.of()));
		form.put("version", String.valueOf(mine.getVersion()));
		assertThat(otherSession.submit("/mypage/volunteer", "/mypage/volunteer/edit", form).statusCode()).isEqualTo(302);
		assertThat(profiles.findByAccountId(other.id())).isEmpty();
		assertThat(profileOf(resident.id()).details().skills())
				.containsExactly(new SkillLevel(skillId(tree, "music"), 1));
	}
}

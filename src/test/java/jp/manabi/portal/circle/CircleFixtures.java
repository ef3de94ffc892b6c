package jp.manabi.portal.circle;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.manabi.portal.circle.domain.CircleTestData;
import jp.manabi.portal.circle.domain.JoinRequestService;
import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.circle.domain.ScheduleRule.Meeting;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.TestAccounts;

/**
 * Circles with known contents, created once per test run, so search tests can say exactly which
 * circles a query must and must not return; and fresh circles for tests that change them.
 */
@Component
public class CircleFixtures {

	private final CircleTestData data;
	private final TestAccounts accounts;
	private final Clock clock;
	private Map<String, Long> ids;
	private TestAccounts.Created leader;

	CircleFixtures(CircleTestData data, TestAccounts accounts, Clock clock) {
		this.data = data;
		this.accounts = accounts;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(JoinRequestService.ZONE));
	}

	/** Registered to the end of this fiscal year (and at least a month ahead). */
	public LocalDate validUntil() {
		var end = FiscalYear.of(today()).lastDay();
		return end.isBefore(today().plusMonths(1)) ? FiscalYear.of(today()).next().lastDay() : end;
	}

	/** The fixed set: created the first time it is asked for; ids by key. */
	public synchronized Map<String, Long> ids() {
		if (ids == null) {
			leader = accounts.resident();
			var created = new LinkedHashMap<String, Long>();
			created.put("chorus", registered("すずかけコーラス隊", "駅前の会館で、童謡から合唱曲まで楽しく歌っています。", "music", "sugamo",
					"巣鴨地域文化創造館", true, "歌が好きな方ならどなたでも", true,
					weekly(DayOfWeek.WEDNESDAY, "19:00", "21:00")));
			created.put("yoga", registered("朝のヨガ友の会", "公園の芝生で、ゆっくり体を伸ばします。", "sports", "mejiro", "目白の森",
					true, "体を動かしたい方", false, monthly(DayOfWeek.TUESDAY, List.of(2, 4), "10:00", "11:30")));
			created.put("shodo", registered("雑司が谷書道会", "楷書と行書を、月ごとの課題で練習しています。", "culture", "zoshigaya",
					"雑司が谷地域文化創造館", false, null, true, weekly(DayOfWeek.SATURDAY, "14:00", "16:00")));
			created.put("eikaiwa", registered("大塚英会話クラブ", "英語で世間話をする気楽な集まりです。", "language", "otsuka",
					"大塚地域文化創造館", true, "留学生や外国人住民の方も歓迎", false,
					weekly(DayOfWeek.THURSDAY, "19:30", "21:00")));
			created.put("pending", data.create(spec("審査中の囲碁クラブ", "囲碁を打つ会です。", "culture", "sugamo", true, null, true,
					weekly(DayOfWeek.MONDAY, "10:00", "12:00"), CircleStatus.PENDING, null), leader.id()));
			created.put("suspended", data.create(spec("休止中の将棋クラブ", "将棋を指す会です。", "culture", "sugamo", true, null,
					true, weekly(DayOfWeek.MONDAY, "13:00", "15:00"), CircleStatus.SUSPENDED, validUntil()), leader.id()));
			created.put("lapsed", data.create(spec("期限切れの手芸サークル", "手芸を楽しむ会です。", "culture", "sugamo", true, null,
					true, weekly(DayOfWeek.MONDAY, "13:00", "15:00"), CircleStatus.REGISTERED, today().minusDays(1)),
					leader.id()));
			ids = created;
		}
		return ids;
	}

	public TestAccounts.Created leader() {
		ids();
		return leader;
	}

	/** A fresh listed, recruiting circle with its own new leader: for tests that change things. */
	public Fresh fresh(String name) {
		var newLeader = accounts.resident();
		long id = registered(name, newLeader.id(), true);
		return new Fresh(id, newLeader);
	}

	public record Fresh(long id, TestAccounts.Created leader) {
	}

	public long registered(String name, long leaderId, boolean recruiting) {
		return data.create(spec(name, name + "の活動紹介です。", "community", "ikebukuro", recruiting, "どなたでも", true,
				weekly(DayOfWeek.FRIDAY, "18:00", "20:00"), CircleStatus.REGISTERED, validUntil()), leaderId);
	}

	private long registered(String name, String description, String category, String area, String venue,
			boolean recruiting, String whom, boolean beginners, Meeting meeting) {
		return data.create(new CircleTestData.Spec(name, description, category, area, venue, recruiting, whom,
				beginners, List.of(meeting), CircleStatus.REGISTERED, validUntil()), leader.id());
	}

	private static CircleTestData.Spec spec(String name, String description, String category, String area,
			boolean recruiting, String whom, boolean beginners, Meeting meeting, CircleStatus status,
			LocalDate validUntil) {
		return new CircleTestData.Spec(name, description, category, area, "としま区民センター", recruiting,
				recruiting ? whom : null, beginners, List.of(meeting), status, validUntil);
	}

	static Meeting weekly(DayOfWeek day, String from, String to) {
		return new Meeting(ScheduleFrequency.WEEKLY, day, List.of(), LocalTime.parse(from), LocalTime.parse(to));
	}

	static Meeting monthly(DayOfWeek day, List<Integer> weeks, String from, String to) {
		return new Meeting(ScheduleFrequency.MONTHLY, day, weeks, LocalTime.parse(from), LocalTime.parse(to));
	}
}

package jp.manabi.portal.circle.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The demo's circles in 豊島区, from {@code demo/circles.yaml}: registered ones with their
 * upcoming meetings and public events and fourteen months of activity reports (so the plan's
 * roll-up has this and last fiscal year), plus one lapsed, one waiting for review, one sent back
 * and one suspended, so every list and queue has something in it. Loaded once, in the demo
 * profile, when there is no circle yet. Dates count from the day of loading.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCircles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCircles.class);

	static final String DATA = "demo/circles.yaml";
	static final String DEMO_PLAN = "toshima";
	static final String DEMO_DOMAIN = "@demo.manabi.example";
	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
	static final int REPORT_MONTHS = 14;

	private final CircleRepository circles;
	private final CircleCategoryRepository categories;
	private final CircleMemberRepository members;
	private final CircleActivityRepository activities;
	private final ActivityReportRepository reports;
	private final Accounts accounts;
	private final Plans plans;
	private final Clock clock;

	DemoCircles(CircleRepository circles, CircleCategoryRepository categories, CircleMemberRepository members,
			CircleActivityRepository activities, ActivityReportRepository reports, Accounts accounts, Plans plans,
			Clock clock) {
		this.circles = circles;
		this.categories = categories;
		this.members = members;
		this.activities = activities;
		this.reports = reports;
		this.accounts = accounts;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (circles.count() > 0) {
			log.debug("Circles exist; demo circles not loaded");
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var data = load();
		for (var node : data) {
			String key = (String) node.get("key");
			try {
				create(node, today);
			}
			catch (RuntimeException e) {
				throw new IllegalStateException("Demo circle " + key + ": " + e.getMessage(), e);
			}
		}
		accounts.findByEmail("resident" + DEMO_DOMAIN).ifPresent(resident -> circles.findAll().stream()
				.filter(c -> c.getName().equals("池袋えいかいわクラブ")).findFirst()
				.ifPresent(c -> members.save(new CircleMember(c.getId(), resident.id(), CircleRole.MEMBER))));
		log.info("Loaded {} demo circles", data.size());
	}

	private void create(Map<String, Object> node, LocalDate today) {
		var category = categories.findById(string(node, "category"))
				.orElseThrow(() -> new IllegalArgumentException("unknown category " + node.get("category")));
		boolean recruiting = Boolean.TRUE.equals(node.get("recruiting"));
		var details = new CircleDetails(string(node, "name"), string(node, "description").strip(), string(node, "area"),
				string(node, "venue"), number(node, "members"), recruiting, (String) node.get("recruitingWhom"),
				number(node, "fee"), FeePeriod.valueOf(string(node, "feePeriod")), (String) node.get("feeNote"),
				Boolean.TRUE.equals(node.get("beginners")));
		var circle = new Circle(details, category);
		circle.replaceSchedule(stringList(node, "schedule").stream().map(DemoCircles::meeting).toList());
		var linked = new LinkedHashSet<Long>();
		for (String code : stringList(node, "planActions")) {
			linked.add(plans.findNode(DEMO_PLAN, code).map(PlanNodeRef::id)
					.orElseThrow(() -> new IllegalArgumentException("unknown plan node " + code)));
		}
		circle.linkToPlan(linked, plans.scopeOf(linked).orElseThrow());

		var status = CircleStatus.valueOf((String) node.getOrDefault("status", "REGISTERED"));
		boolean lapsed = Boolean.TRUE.equals(node.get("lapsed"));
		FiscalYear year = FiscalYear.of(today);
		Instant approved = year.previous().firstDay().atStartOfDay(ZONE).toInstant();
		if (status == CircleStatus.REGISTERED || status == CircleStatus.SUSPENDED) {
			circle.changeStatus(CircleStatus.REGISTERED, null);
			circle.registerUntil(lapsed ? year.previous().lastDay() : year.lastDay(), approved);
		}
		if (status != CircleStatus.REGISTERED && status != CircleStatus.PENDING) {
			circle.changeStatus(status, string(node, "comment"));
		}
		circles.save(circle);

		AccountSummary leader = accounts.findByEmail(string(node, "leader") + DEMO_DOMAIN)
				.orElseThrow(() -> new IllegalArgumentException("no demo account " + node.get("leader")));
		members.save(new CircleMember(circle.getId(), leader.id(), CircleRole.LEADER));
		if (status == CircleStatus.PENDING || status == CircleStatus.CHANGES_REQUESTED) {
			return;
		}

		LocalDate reportsUntil = lapsed ? year.previous().lastDay()
				: status == CircleStatus.SUSPENDED ? today.minusMonths(3) : today.minusDays(1);
		fileReports(circle, node, leader.id(), today.minusMonths(REPORT_MONTHS).withDayOfMonth(1), reportsUntil);
		if (circle.isListed(today)) {
			postMeetings(circle, leader.id(), today);
			postEvents(circle, node, leader.id(), today);
		}
	}

	/** One report a month, on the month's first meeting, with the circle's topics in turn. */
	private void fileReports(Circle circle, Map<String, Object> node, long leaderId, LocalDate from, LocalDate until) {
		var topics = stringList(node, "reportTopics");
		if (topics.isEmpty()) {
			return;
		}
		var random = new Random(circle.getName().hashCode());
		var rule = circle.getScheduleRules().get(0);
		int turn = 0;
		for (LocalDate month = from; !month.isAfter(until); month = month.plusMonths(1)) {
			var dates = rule.datesBetween(month, month.plusMonths(1).minusDays(1));
			if (dates.isEmpty() || dates.get(0).isAfter(until)) {
				continue;
			}
			int participants = Math.max(2, (int) Math.round(circle.getMemberCount() * (0.5 + random.nextDouble() * 0.4)));
			String summary = topics.get(turn++ % topics.size()) + "。参加者" + participants + "人。";
			reports.save(new ActivityReport(circle, null, dates.get(0), participants, summary, leaderId));
		}
	}

	/** The next two regular meetings, so the circle's page shows what is coming. */
	private void postMeetings(Circle circle, long leaderId, LocalDate today) {
		var rule = circle.getScheduleRules().get(0);
		rule.datesBetween(today.plusDays(1), today.plusDays(45)).stream().limit(2)
				.forEach(date -> activities.save(new CircleActivity(circle,
						new ActivityDetails(ActivityKind.MEETING, circle.getName() + " 定例活動", "", date,
								rule.getStartsAt(), rule.getEndsAt(), circle.getVenue(), circle.getAreaCode(), null,
								false, 0),
						leaderId)));
	}

	@SuppressWarnings("unchecked")
	private void postEvents(Circle circle, Map<String, Object> node, long leaderId, LocalDate today) {
		for (var event : (List<Map<String, Object>>) node.getOrDefault("events", List.of())) {
			activities.save(new CircleActivity(circle,
					new ActivityDetails(ActivityKind.EVENT, string(event, "title"), circle.getDescription(),
							today.plusDays(number(event, "inDays")), LocalTime.parse(string(event, "start")),
							LocalTime.parse(string(event, "end")), string(event, "place"), circle.getAreaCode(),
							number(event, "capacity"), true, number(event, "fee")),
					leaderId));
		}
	}

	/** "WEEKLY TUESDAY 19:00-21:00" or "MONTHLY 2,4 TUESDAY 19:00-21:00". */
	static ScheduleRule.Meeting meeting(String line) {
		var parts = line.trim().split("\\s+");
		var frequency = ScheduleFrequency.valueOf(parts[0]);
		int at = 1;
		List<Integer> weeks = List.of();
		if (frequency == ScheduleFrequency.MONTHLY) {
			weeks = Arrays.stream(parts[at++].split(",")).map(Integer::valueOf).toList();
		}
		var day = DayOfWeek.valueOf(parts[at++]);
		var times = parts[at].split("-");
		return new ScheduleRule.Meeting(frequency, day, weeks, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> load() {
		try (InputStream in = DemoCircles.class.getClassLoader().getResourceAsStream(DATA)) {
			if (in == null) {
				throw new IllegalStateException(DATA + " is missing from the classpath");
			}
			Map<String, Object> root = new Yaml().load(in);
			return new ArrayList<>((List<Map<String, Object>>) root.get("circles"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String string(Map<String, Object> node, String key) {
		Object value = node.get(key);
		if (value == null) {
			throw new IllegalArgumentException("missing " + key);
		}
		return value.toString();
	}

	private static int number(Map<String, Object> node, String key) {
		Object value = node.get(key);
		if (!(value instanceof Number n)) {
			throw new IllegalArgumentException("missing or not a number: " + key);
		}
		return n.intValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> stringList(Map<String, Object> node, String key) {
		return (List<String>) node.getOrDefault(key, List.of());
	}
}

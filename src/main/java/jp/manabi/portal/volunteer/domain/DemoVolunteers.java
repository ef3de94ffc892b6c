package jp.manabi.portal.volunteer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;

import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.shared.time.TimeBand;

/**
 * The demo's talent bank, from {@code demo/volunteers.yaml}: forty-odd volunteers with varied
 * skills, levels, free times (evenings and weekends too), areas and public parts; most registered,
 * a few waiting for review and one sent back, so the staff queue has something in it. 豊島 花子
 * (the README's resident) is registered too. Loaded once, in the demo profile, when there is no
 * profile yet; no mail is sent (the rows are written directly, not through the review).
 */
@Component
@Profile("demo")
@Order(50)
class DemoVolunteers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

	static final String DATA = "demo/volunteers.yaml";
	static final String DEMO_DOMAIN = "@demo.manabi.example";
	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final VolunteerProfileRepository profiles;
	private final SkillRepository skills;
	private final Accounts accounts;
	private final Clock clock;

	DemoVolunteers(VolunteerProfileRepository profiles, SkillRepository skills, Accounts accounts, Clock clock) {
		this.profiles = profiles;
		this.skills = skills;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (profiles.count() > 0) {
			log.debug("Volunteer profiles exist; demo volunteers not loaded");
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var data = load();
		for (var node : data) {
			try {
				create(node, today);
			}
			catch (RuntimeException e) {
				throw new IllegalStateException("Demo volunteer " + node.get("account") + ": " + e.getMessage(), e);
			}
		}
		log.info("Loaded {} demo volunteer profiles", data.size());
	}

	private void create(Map<String, Object> node, LocalDate today) {
		var account = accounts.findByEmail(node.get("account") + DEMO_DOMAIN)
				.orElseThrow(() -> new IllegalArgumentException("no demo account"));
		var profile = new VolunteerProfile(account.id(), details(node, today));
		var status = ProfileStatus.valueOf((String) node.getOrDefault("status", "REGISTERED"));
		switch (status) {
			case REGISTERED -> profile.register(clock.instant());
			case RETURNED -> profile.returnWithComment((String) node.get("comment"));
			case APPLIED -> {
			}
			case WITHDRAWN -> profile.withdraw();
		}
		profiles.save(profile);
	}

	@SuppressWarnings("unchecked")
	ProfileDetails details(Map<String, Object> node, LocalDate today) {
		var levels = new HashSet<SkillLevel>();
		((Map<String, Object>) node.get("skills")).forEach((code, level) -> levels.add(new SkillLevel(
				skills.findByCode(code).orElseThrow(() -> new IllegalArgumentException("unknown skill " + code)).getId(),
				(Integer) level)));
		var slots = new HashSet<WeeklySlot>();
		for (String cell : (List<String>) node.get("availability")) {
			slots.add(slot(cell));
		}
		var dates = new HashSet<LocalDate>();
		for (Object days : (List<Object>) node.getOrDefault("unavailableInDays", List.of())) {
			dates.add(today.plusDays(((Number) days).longValue()));
		}
		Set<String> visible = Set.copyOf((List<String>) node.get("public"));
		return new ProfileDetails(levels, Boolean.TRUE.equals(node.get("canTeach")), (String) node.get("expertise"),
				(String) node.get("experience"), slots, dates, Set.copyOf((List<String>) node.get("areas")),
				visible.contains("name"), visible.contains("skills"), visible.contains("expertise"),
				visible.contains("experience"), visible.contains("areas"));
	}

	/** "SATURDAY_MORNING" → Saturday, morning. */
	static WeeklySlot slot(String cell) {
		int split = cell.indexOf('_');
		return WeeklySlot.of(DayOfWeek.valueOf(cell.substring(0, split)), TimeBand.valueOf(cell.substring(split + 1)));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> load() {
		try (InputStream in = DemoVolunteers.class.getClassLoader().getResourceAsStream(DATA)) {
			if (in == null) {
				throw new IllegalStateException(DATA + " is missing");
			}
			Map<String, Object> root = new Yaml().load(in);
			return (List<Map<String, Object>>) root.get("volunteers");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package jp.manabi.portal.volunteer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.plan.Plans;

/**
 * The demo's volunteer requests from {@code demo/volunteer-requests.yaml}: schools' and an NPO's
 * (with their organisations and accounts), circles' and the ward's, with shifts counted from the
 * day of loading (a few already past, for hours to be logged). Loaded once, in the demo profile,
 * when there is no request yet; after the demo accounts and circles.
 */
@Component
@Profile("demo")
@Order(55)
class DemoVolunteerRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteerRequests.class);

	static final String DATA = "demo/volunteer-requests.yaml";
	static final String DEMO_PLAN = "toshima";
	static final String DEMO_DOMAIN = "@demo.manabi.example";

	private final VolunteerRequestRepository requests;
	private final OrganisationRepository organisations;
	private final SkillRepository skills;
	private final Accounts accounts;
	private final Circles circles;
	private final Plans plans;
	private final Clock clock;

	DemoVolunteerRequests(VolunteerRequestRepository requests, OrganisationRepository organisations,
			SkillRepository skills, Accounts accounts, Circles circles, Plans plans, Clock clock) {
		this.requests = requests;
		this.organisations = organisations;
		this.skills = skills;
		this.accounts = accounts;
		this.circles = circles;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (requests.count() > 0) {
			log.debug("Volunteer requests exist; demo requests not loaded");
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(RequestService.ZONE));
		var data = load();
		var organisationIds = new HashMap<String, Long>();
		for (var node : maps(data.get("organisations"))) {
			organisationIds.put(string(node, "key"), organisation(node));
		}
		int count = 0;
		for (var node : maps(data.get("requests"))) {
			try {
				requests.save(request(node, organisationIds, today));
				count++;
			}
			catch (RuntimeException e) {
				throw new IllegalStateException("Demo request " + node.get("title") + ": " + e.getMessage(), e);
			}
		}
		log.info("Loaded {} demo volunteer requests", count);
	}

	private long organisation(Map<String, Object> node) {
		String email = string(node, "account") + DEMO_DOMAIN;
		long accountId = accounts.findByEmail(email).map(a -> a.id())
				.or(() -> accounts.createOrganisationAccount(email, string(node, "contact")))
				.orElseThrow(() -> new IllegalStateException("no account for " + email));
		return organisations.findByAccountId(accountId).map(Organisation::getId).orElseGet(() -> organisations
				.save(new Organisation(string(node, "name"), OrganisationKind.valueOf(string(node, "kind")), accountId))
				.getId());
	}

	VolunteerRequest request(Map<String, Object> node, Map<String, Long> organisationIds, LocalDate today) {
		var needed = new HashSet<NeededSkill>();
		@SuppressWarnings("unchecked")
		var skillNode = (Map<String, List<String>>) node.getOrDefault("skills", Map.of());
		for (boolean required : new boolean[] { true, false }) {
			for (String code : skillNode.getOrDefault(required ? "required" : "nice", List.of())) {
				var skill = skills.findByCode(code).orElseThrow(() -> new IllegalArgumentException("unknown skill " + code));
				needed.add(new NeededSkill(skill.getId(), required));
			}
		}
		var shifts = strings(node, "shifts").stream().map(line -> shift(line, today)).toList();
		var details = new RequestDetails(string(node, "title"), string(node, "description").strip(),
				string(node, "place"), string(node, "area"), shifts.stream().mapToInt(Shift.ShiftTime::needed).sum(),
				today.plusDays(number(node, "applyBy")), needed);
		String poster = string(node, "poster");
		VolunteerRequest request;
		if (poster.equals("staff")) {
			request = VolunteerRequest.byStaff(account((String) node.getOrDefault("by", "staff")), details);
		}
		else if (poster.startsWith("organisation:")) {
			String key = poster.substring("organisation:".length());
			long organisationId = organisationIds.get(key);
			request = VolunteerRequest.byOrganisation(organisationId,
					organisations.findById(organisationId).orElseThrow().getAccountId(), details);
		}
		else if (poster.startsWith("circle:")) {
			String name = poster.substring("circle:".length());
			var circle = circles.findByName(name).orElseThrow(() -> new IllegalArgumentException("no circle " + name));
			request = VolunteerRequest.byCircle(circle.id(), account(string(node, "by")), details);
		}
		else {
			throw new IllegalArgumentException("unknown poster " + poster);
		}
		request.replaceShifts(shifts);
		var linked = new LinkedHashSet<Long>();
		var scope = new LinkedHashSet<Long>();
		for (String code : strings(node, "planActions")) {
			var action = plans.findNode(DEMO_PLAN, code)
					.orElseThrow(() -> new IllegalArgumentException("unknown plan node " + code));
			linked.add(action.id());
			plans.path(action.id()).forEach(n -> scope.add(n.id()));
		}
		request.linkToPlan(linked, scope);
		request.changeStatus(RequestStatus.valueOf((String) node.getOrDefault("status", "OPEN")));
		return request;
	}

	private long account(String localPart) {
		return accounts.findByEmail(localPart + DEMO_DOMAIN)
				.orElseThrow(() -> new IllegalArgumentException("no demo account " + localPart)).id();
	}

	/** "14 10:40-12:15 2": days from today, start-end, people needed. */
	static Shift.ShiftTime shift(String line, LocalDate today) {
		var parts = line.trim().split("\\s+");
		var times = parts[1].split("-");
		return new Shift.ShiftTime(today.plusDays(Integer.parseInt(parts[0])), LocalTime.parse(times[0]),
				LocalTime.parse(times[1]), Integer.parseInt(parts[2]));
	}

	static Map<String, Object> load() {
		try (InputStream in = DemoVolunteerRequests.class.getClassLoader().getResourceAsStream(DATA)) {
			if (in == null) {
				throw new IllegalStateException(DATA + " is missing");
			}
			return new Yaml().load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}

	static String string(Map<String, Object> node, String key) {
		var value = node.get(key);
		if (value == null) {
			throw new IllegalArgumentException("missing " + key);
		}
		return value.toString();
	}

	static int number(Map<String, Object> node, String key) {
		return ((Number) node.get(key)).intValue();
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> node, String key) {
		return (List<String>) node.getOrDefault(key, List.of());
	}
}

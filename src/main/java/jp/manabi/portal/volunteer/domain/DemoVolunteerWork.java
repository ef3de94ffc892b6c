package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;

/**
 * The demo's volunteering, after the demo profiles (@Order(50)) and requests (@Order(55)) are in:
 * on past shifts a few volunteers completed with their hours and one absent; on upcoming ones a
 * few applied, approved and invited — including resident@demo.manabi.example, so her work page
 * and certificate show something. Read back through the repositories; never beyond a shift's
 * places. Once, in the demo profile, when there is no assignment yet; nothing without requests
 * or profiles.
 */
@Component
@Profile("demo")
@Order(60)
class DemoVolunteerWork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteerWork.class);

	static final String RESIDENT = "resident@demo.manabi.example";

	private final VolunteerRequestRepository requests;
	private final VolunteerProfileRepository profiles;
	private final AssignmentRepository assignments;
	private final Accounts accounts;
	private final Clock clock;

	DemoVolunteerWork(VolunteerRequestRepository requests, VolunteerProfileRepository profiles,
			AssignmentRepository assignments, Accounts accounts, Clock clock) {
		this.requests = requests;
		this.profiles = profiles;
		this.assignments = assignments;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (assignments.count() > 0) {
			return;
		}
		var volunteers = new ArrayList<Long>();
		Long resident = accounts.findByEmail(RESIDENT).flatMap(a -> profiles.findByAccountId(a.id()))
				.map(VolunteerProfile::getId).orElse(null);
		profiles.findAll().stream().filter(p -> p.getStatus() == ProfileStatus.REGISTERED)
				.filter(p -> !p.getId().equals(resident)).forEach(p -> volunteers.add(p.getId()));
		var posted = requests.findAll().stream()
				.filter(r -> r.getStatus() != RequestStatus.DRAFT && r.getStatus() != RequestStatus.CANCELLED)
				.sorted(java.util.Comparator.comparing(VolunteerRequest::getId)).toList();
		if (posted.isEmpty() || volunteers.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		int next = 0;
		boolean residentPast = false;
		boolean residentUpcoming = false;
		boolean absentDone = false;
		var created = new ArrayList<Assignment>();
		for (var request : posted) {
			for (var shift : request.getShifts()) {
				var taken = new HashMap<Long, Boolean>();
				int places = shift.getNeeded();
				boolean past = ParticipationService.started(shift, now);
				List<Long> people = new ArrayList<>();
				if (resident != null && (past ? !residentPast : !residentUpcoming)) {
					people.add(resident);
					if (past) {
						residentPast = true;
					}
					else {
						residentUpcoming = true;
					}
				}
				for (int i = 0; i < 3; i++) {
					people.add(volunteers.get(next++ % volunteers.size()));
				}
				int index = 0;
				for (long profile : people) {
					if (taken.putIfAbsent(profile, true) != null) {
						continue;
					}
					Assignment assignment;
					if (past) {
						if (!absentDone && index == 2) {
							assignment = Assignment.applied(shift, profile, null);
							assignment.decide(AssignmentStatus.ABSENT, request.getCreatedBy(), now);
							absentDone = true;
						}
						else if (places > 0) {
							assignment = Assignment.applied(shift, profile, null);
							assignment.complete(hoursOf(shift), request.getCreatedBy(), now);
							places--;
						}
						else {
							continue;
						}
					}
					else {
						switch (index % 3) {
							case 0 -> {
								if (places == 0) {
									continue;
								}
								assignment = Assignment.applied(shift, profile, "よろしくお願いします。");
								assignment.decide(AssignmentStatus.APPROVED, request.getCreatedBy(), now);
								places--;
							}
							case 1 -> assignment = Assignment.invited(shift, profile, "ぜひお力を貸してください。",
									request.getCreatedBy());
							default -> assignment = Assignment.applied(shift, profile, "初めてですが参加したいです。");
						}
					}
					created.add(assignment);
					index++;
				}
			}
		}
		assignments.saveAll(created);
		log.info("Demo volunteering: {} assignments on {} requests", created.size(), posted.size());
	}

	/** The shift's length in quarter hours, at most a day. */
	private static BigDecimal hoursOf(Shift shift) {
		long minutes = Duration.between(shift.getStartsAt(), shift.getEndsAt()).toMinutes();
		var hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
		hours = hours.multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.DOWN).divide(BigDecimal.valueOf(4), 2,
				RoundingMode.UNNECESSARY);
		return hours.max(ParticipationService.MIN_HOURS).min(ParticipationService.MAX_HOURS);
	}
}

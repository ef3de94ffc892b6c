package jp.manabi.portal.course.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.AccountEvents.EmailVerified;
import jp.manabi.portal.course.ApplicationStatus;

/**
 * Someone staff took an application for at the counter signs up: once their email address is
 * verified, the counter applications with the same email (any case) or the same phone number
 * (digits only) become theirs and show on マイページ. Not when they already have an application
 * for that course (one per person per course); of several counter applications for one course
 * the one still active, else the newest, is taken.
 */
@Component
class CounterApplicationClaims {

	private static final Logger log = LoggerFactory.getLogger(CounterApplicationClaims.class);

	private final StaffApplicationRepository unclaimed;
	private final CourseApplicationRepository applications;
	private final CourseRepository courses;

	CounterApplicationClaims(StaffApplicationRepository unclaimed, CourseApplicationRepository applications,
			CourseRepository courses) {
		this.unclaimed = unclaimed;
		this.applications = applications;
		this.courses = courses;
	}

	@ApplicationModuleListener
	void on(EmailVerified event) {
		String email = event.email() == null ? "" : event.email().strip();
		var matches = unclaimed.unclaimedMatching(email, PersonKeys.phoneDigits(event.phone()));
		var byCourse = new LinkedHashMap<Long, List<CourseApplication>>();
		for (var application : matches) {
			byCourse.computeIfAbsent(application.getCourseId(), id -> new ArrayList<>()).add(application);
		}
		int claimed = 0;
		for (var entry : byCourse.entrySet()) {
			// The course row lock, as when applying: a web application for the same course at this
			// moment cannot slip in between the check and the claim.
			courses.findForUpdate(entry.getKey());
			if (applications.existsByCourseIdAndAccountId(entry.getKey(), event.accountId())) {
				continue;
			}
			choose(entry.getValue()).claimBy(event.accountId());
			claimed++;
		}
		if (claimed > 0) {
			log.info("Account {} claimed {} counter application(s)", event.accountId(), claimed);
		}
	}

	private static CourseApplication choose(List<CourseApplication> sameCourse) {
		CourseApplication chosen = null;
		for (var candidate : sameCourse) {
			boolean active = candidate.getStatus() != ApplicationStatus.CANCELLED;
			boolean chosenActive = chosen != null && chosen.getStatus() != ApplicationStatus.CANCELLED;
			boolean newer = chosen != null && candidate.getId() > chosen.getId();
			if (chosen == null || active && !chosenActive || active == chosenActive && newer) {
				chosen = candidate;
			}
		}
		return chosen;
	}
}

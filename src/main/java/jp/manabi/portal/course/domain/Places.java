package jp.manabi.portal.course.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.manabi.portal.course.ApplicationEvents.ApplicationPromoted;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.StaffApplicationEvents.CounterApplicantPromoted;

/**
 * A course's two capacities, seats and childcare places, and the waiting list that fills them.
 * Callers hold the course's row lock ({@link CourseRepository#findForUpdate}), so counting and
 * taking happen as one step.
 */
@Component
public class Places {

	private final CourseApplicationRepository applications;
	private final ApplicationHistory history;
	private final ApplicationEventPublisher events;

	Places(CourseApplicationRepository applications, ApplicationHistory history, ApplicationEventPublisher events) {
		this.applications = applications;
		this.history = history;
		this.events = events;
	}

	public int seatsFree(Course course) {
		return (int) Math.max(0, course.getCapacity() - applications.countPlacesTaken(course.getId()));
	}

	public int childcareFree(Course course) {
		if (!course.isChildcareOffered()) {
			return 0;
		}
		return (int) Math.max(0, course.getChildcareCapacity() - applications.countChildcareTaken(course.getId()));
	}

	/** Whether someone bringing {@code children} children would get a place now. */
	public boolean fits(Course course, int children) {
		return seatsFree(course) > 0 && (children == 0 || childcareFree(course) >= children);
	}

	/**
	 * Moves the waiting list up while seats are free, until the course's promotion cut-off. A
	 * person whose children do not fit the free childcare places keeps their place in the queue
	 * and the next one who fits moves up. Each person promoted is recorded and told by mail (counter
	 * applicants too, when they gave an email address).
	 */
	public List<CourseApplication> promoteWaiting(Course course, Instant now) {
		var promoted = new ArrayList<CourseApplication>();
		var until = course.promotableUntil();
		if (until != null && !now.isBefore(until)) {
			return promoted;
		}
		int seats = seatsFree(course);
		int childcare = childcareFree(course);
		for (var next : applications.waitingList(course.getId())) {
			if (seats == 0) {
				break;
			}
			if (next.childcarePlaces() > childcare) {
				continue;
			}
			next.promote(now);
			history.record(next, ApplicationStatus.WAITING, null, null);
			seats--;
			childcare -= next.childcarePlaces();
			promoted.add(next);
			if (next.getAccountId() != null) {
				events.publishEvent(new ApplicationPromoted(next.getId(), course.getId(), next.getAccountId(),
						course.getTitle()));
			}
			else if (next.getApplicantEmail() != null) {
				// Taken at the counter with an email address; without one, staff phone them from the list.
				events.publishEvent(new CounterApplicantPromoted(next.getId(), course.getId(), next.getApplicantEmail(),
						next.getApplicantName(), course.getTitle()));
			}
		}
		return promoted;
	}
}

package jp.manabi.portal.course.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.course.domain.CourseCategory;
import jp.manabi.portal.course.domain.CourseCategoryRepository;
import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueRepository;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;

/**
 * The choices the catalogue's filters offer: categories, venues and the plan's goals. They
 * change a few times a year but every catalogue page shows them, so they are read at most once
 * every {@link #FRESH_FOR} (on each node) instead of on every request.
 */
@Component
class FilterOptions {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	record Snapshot(List<CourseCategory> categories, List<Venue> venues, List<PlanNodeRef> goals, Instant readAt) {
	}

	private final CourseCategoryRepository categories;
	private final VenueRepository venues;
	private final Plans plans;
	private final Clock clock;
	private volatile Snapshot snapshot;

	FilterOptions(CourseCategoryRepository categories, VenueRepository venues, Plans plans, Clock clock) {
		this.categories = categories;
		this.venues = venues;
		this.plans = plans;
		this.clock = clock;
	}

	Snapshot current() {
		var now = clock.instant();
		var shown = snapshot;
		if (shown == null || shown.readAt().plus(FRESH_FOR).isBefore(now)) {
			// Two requests may both read at the turn of a period; both results are the same.
			shown = new Snapshot(categories.findAllByOrderByPositionAscCodeAsc(), venues.findAllByOrderByNameAscRoomAsc(),
					plans.activeGoals(), now);
			snapshot = shown;
		}
		return shown;
	}
}

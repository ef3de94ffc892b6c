package jp.manabi.portal.circle.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.CircleActivityRepository;
import jp.manabi.portal.circle.domain.CircleRepository;
import jp.manabi.portal.circle.domain.JoinRequestService;

/** A listed circle's public page: the circle with what the page shows, loaded in one transaction. */
@Service
@Transactional(readOnly = true)
public class PublicCircles {

	static final int UPCOMING = 10;

	private final CircleRepository circles;
	private final CircleActivityRepository activities;
	private final Clock clock;

	PublicCircles(CircleRepository circles, CircleActivityRepository activities, Clock clock) {
		this.circles = circles;
		this.activities = activities;
		this.clock = clock;
	}

	/** The circle with its category, schedule and plan links, if residents may see it now. */
	public Optional<Circle> findListed(long id) {
		var found = circles.findWithScheduleByIdIn(List.of(id)).stream().findFirst()
				.filter(c -> c.isListed(today()));
		// The getter wraps the collection, so Hibernate.initialize would not reach it: touch it instead.
		found.ifPresent(c -> c.getPlanNodeIds().size());
		return found;
	}

	/** The circle's coming activities, cancelled ones left out, soonest first. */
	public List<CircleActivity> upcoming(long circleId) {
		return activities.findUpcoming(circleId, today(), Limit.of(UPCOMING));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(JoinRequestService.ZONE));
	}
}

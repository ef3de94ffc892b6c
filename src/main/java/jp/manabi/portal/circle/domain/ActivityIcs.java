package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.circle.ActivityCalendars;
import jp.manabi.portal.shared.calendar.ICalendar;

/**
 * A circle's activity as an iCalendar event. The UID is {@code circle-activity-<id>@manabi-portal},
 * so a changed or cancelled event imported again updates the one already in the calendar.
 */
@Component
@Transactional(readOnly = true)
class ActivityIcs implements ActivityCalendars {

	private final CircleActivityRepository activities;
	private final Clock clock;
	private final String baseUrl;

	ActivityIcs(CircleActivityRepository activities, Clock clock, @Value("${portal.mail.base-url}") String baseUrl) {
		this.activities = activities;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Override
	public Optional<EventCalendar> ofActivity(long activityId) {
		return activities.findWithCircleByIdIn(java.util.List.of(activityId)).stream().findFirst().map(a -> {
			String url = UriComponentsBuilder.fromUriString(baseUrl).path("/circles/{circle}/activities/{id}")
					.buildAndExpand(a.getCircle().getId(), a.getId()).toUriString();
			var calendar = new ICalendar(a.getTitle());
			calendar.add(new ICalendar.Event("circle-activity-" + a.getId() + "@manabi-portal", a.startsAtInstant(),
					a.getActivityDate().atTime(a.getEndsAt()).atZone(CircleActivity.ZONE).toInstant(), a.getTitle(),
					a.getCircle().getName() + "\n" + a.getDescription() + "\n" + url, a.getPlace(), url,
					a.isCancelled()));
			return new EventCalendar("circle-activity-" + a.getId() + ".ics", calendar.write(clock.instant()));
		});
	}
}

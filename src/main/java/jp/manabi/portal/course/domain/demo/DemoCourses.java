package jp.manabi.portal.course.domain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueRepository;

/**
 * The demo's venues and courses in 豊島区, from {@code demo/venues.yaml} and
 * {@code demo/courses.yaml}. Loaded once, in the demo profile, when there is no course yet; every
 * course goes through {@link CourseService} so that it obeys the same rules as one staff create.
 * Dates count from the day of loading, so a fresh demo always has courses accepting applications.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCourses implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

	static final String DEMO_PLAN = "toshima";

	private final CourseRepository courses;
	private final VenueRepository venues;
	private final CourseService service;
	private final Plans plans;
	private final Clock clock;

	DemoCourses(CourseRepository courses, VenueRepository venues, CourseService service, Plans plans, Clock clock) {
		this.plans = plans;
		this.courses = courses;
		this.venues = venues;
		this.service = service;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (courses.count() > 0) {
			log.debug("Courses exist; demo courses not loaded");
			return;
		}
		var data = DemoCourseData.load();
		LocalDate today = LocalDate.now(clock.withZone(Course.ZONE));

		var existing = venues.findAll();
		var venueIds = new HashMap<String, Long>();
		for (var demo : data.venues()) {
			var venue = existing.stream()
					.filter(v -> v.getName().equals(demo.name()) && Objects.equals(v.getRoom(), demo.room()))
					.findFirst()
					.orElseGet(() -> venues.save(new Venue(demo.name(), demo.nameEn(), demo.room(), demo.address(),
							demo.access(), demo.barrierFree(), demo.area())));
			venueIds.put(demo.key(), venue.getId());
		}

		for (var demo : data.courses()) {
			Long venueId = null;
			if (demo.venueKey() != null) {
				venueId = venueIds.get(demo.venueKey());
				if (venueId == null) {
					throw new IllegalStateException("Demo course " + demo.key() + ": unknown venue " + demo.venueKey());
				}
			}
			long id = service.create(demo.details(today, venueId), demo.sessionTimes(today));
			// The demo municipality is 豊島区; its plan is loaded from db/plans before this runs.
			var nodeIds = demo.planActionCodes().stream().map(code -> plans.findNode(DEMO_PLAN, code))
					.flatMap(java.util.Optional::stream).map(PlanNodeRef::id).collect(java.util.stream.Collectors.toSet());
			service.linkToPlan(id, nodeIds);
			switch (demo.status()) {
				case DRAFT -> {
				}
				case PUBLISHED -> service.publish(id);
				case CANCELLED -> {
					service.publish(id);
					service.cancel(id, demo.cancelReason(), null);
				}
				case HELD -> {
					service.publish(id);
					courses.findById(id).orElseThrow().markHeld();
				}
			}
		}
		log.info("Demo data: {} venues and {} courses for {} loaded", data.venues().size(), data.courses().size(),
				today);
	}
}

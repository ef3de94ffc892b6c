package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.domain.ActivityService.ActivityNotFound;
import jp.manabi.portal.shared.image.SanitizedImage;

/**
 * Leaders file activity reports (活動報告): they count in the plan's roll-up. Only the circle's
 * leader and co-leaders reach them; a linked activity must be the same circle's.
 */
@Service
@Transactional
public class ReportService {

	private final ActivityService activityService;
	private final ActivityReportRepository reports;
	private final CircleActivityRepository activities;
	private final CircleImageRepository images;
	private final Clock clock;

	ReportService(ActivityService activityService, ActivityReportRepository reports,
			CircleActivityRepository activities, CircleImageRepository images, Clock clock) {
		this.activityService = activityService;
		this.reports = reports;
		this.activities = activities;
		this.images = images;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ActivityReport> list(long circleId, long accountId) {
		activityService.managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		return reports.findByCircleIdOrderByHeldOnDesc(circleId);
	}

	/** What is wrong with the report for this circle beyond the form's own checks. */
	@Transactional(readOnly = true)
	public List<ActivityProblem> problems(long circleId, ReportDraft draft) {
		var problems = new ArrayList<ActivityProblem>();
		if (draft.heldOn() != null && draft.heldOn().isAfter(LocalDate.now(clock.withZone(CircleActivity.ZONE)))) {
			problems.add(new ActivityProblem("heldOn", "circle.report.error.future"));
		}
		if (draft.activityId() != null && activities.findByIdAndCircleId(draft.activityId(), circleId).isEmpty()) {
			problems.add(new ActivityProblem("activityId", "circle.report.error.activity"));
		}
		return problems;
	}

	/** Files the report, with the photo (already sanitized) when there is one. */
	public long file(long circleId, long accountId, ReportDraft draft, SanitizedImage photo) {
		var circle = activityService.managed(circleId, accountId).orElseThrow(ActivityNotFound::new);
		var problems = problems(circleId, draft);
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		var report = reports.save(new ActivityReport(circle, draft.activityId(), draft.heldOn(), draft.participants(),
				draft.summary(), accountId));
		if (photo != null) {
			report.useImage(images.save(new CircleImage(photo, accountId)).getId());
		}
		return report.getId();
	}
}

package jp.manabi.portal.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.ApplicationStatus;

/**
 * The satisfaction survey after a course (アンケート): each participant answers once, after the
 * last session; staff see the counts, the average and the comments, never who wrote what.
 */
@Service
@Transactional
public class SurveyService {

	/** Where a participant stands with the survey of one of their applications. */
	public enum State {
		/** They may answer now. */
		OPEN,
		/** They have answered. */
		ANSWERED,
		/** The course has not ended yet. */
		NOT_YET,
		/** They did not hold a place (waiting, cancelled, not drawn). */
		NOT_PARTICIPANT;

		/** The message that explains a state other than OPEN. */
		public String messageKey() {
			return switch (this) {
				case OPEN -> "course-after.survey.open";
				case ANSWERED -> "course-after.survey.refused.answered";
				case NOT_YET -> "course-after.survey.refused.notYet";
				case NOT_PARTICIPANT -> "course-after.survey.refused.notParticipant";
			};
		}
	}

	/** The survey of one of the resident's applications, with what the page needs to show. */
	public record SurveyTarget(long applicationId, long courseId, String courseTitle, String courseTitleEn,
			State state) {

		public boolean open() {
			return state == State.OPEN;
		}
	}

	/**
	 * A course's answers in figures, for the staff page and later for the plan's roll-up.
	 *
	 * @param responses how many answered
	 * @param participants how many hold a confirmed place
	 * @param average the mean satisfaction (1–5), null while nobody has answered
	 * @param distribution how many answered 1, 2, 3, 4 and 5 (five counts, in that order)
	 */
	public record SurveySummary(int responses, int participants, Double average, List<Integer> distribution) {

		public SurveySummary {
			distribution = List.copyOf(distribution);
		}

		/** The average to one decimal (half up), as shown to staff; null while nobody has answered. */
		public BigDecimal averageOneDecimal() {
			return average == null ? null : BigDecimal.valueOf(average).setScale(1, RoundingMode.HALF_UP);
		}

		/** How many answered {@code satisfaction} (1–5). */
		public int count(int satisfaction) {
			return distribution.get(satisfaction - 1);
		}

		/** The share of answers that gave {@code satisfaction}, in whole percent. */
		public int percent(int satisfaction) {
			return responses == 0 ? 0 : Math.round(100f * count(satisfaction) / responses);
		}
	}

	/**
	 * The comments of a course, each kind on its own and in text order, so that neither the
	 * order nor a row of three comments points back to the person who wrote them.
	 */
	public record SurveyComments(List<String> goodPoints, List<String> improvements, List<String> wantedNext) {

		public boolean isEmpty() {
			return goodPoints.isEmpty() && improvements.isEmpty() && wantedNext.isEmpty();
		}
	}

	private final SurveyResponseRepository responses;
	private final CourseApplicationRepository applications;
	private final CourseRepository courses;
	private final Clock clock;

	SurveyService(SurveyResponseRepository responses, CourseApplicationRepository applications,
			CourseRepository courses, Clock clock) {
		this.responses = responses;
		this.applications = applications;
		this.courses = courses;
		this.clock = clock;
	}

	/** The survey of one of the resident's own applications; empty when the application is not theirs. */
	@Transactional(readOnly = true)
	public Optional<SurveyTarget> find(long applicationId, long accountId) {
		return applications.findByIdAndAccountId(applicationId, accountId).flatMap(application -> courses
				.findById(application.getCourseId()).map(course -> new SurveyTarget(application.getId(),
						course.getId(), course.getTitle(), course.getTitleEn(), state(application, course))));
	}

	/**
	 * Takes the resident's answer, once, after the course's last session, if they had a place.
	 *
	 * @throws SurveyRefused with the reason otherwise (also for someone else's application)
	 */
	public void answer(long applicationId, long accountId, SurveyAnswer answer) {
		var application = applications.findByIdAndAccountId(applicationId, accountId)
				.orElseThrow(() -> new SurveyRefused("course-after.survey.refused.unknown"));
		var course = courses.findById(application.getCourseId())
				.orElseThrow(() -> new SurveyRefused("course-after.survey.refused.unknown"));
		var state = state(application, course);
		if (state != State.OPEN) {
			throw new SurveyRefused(state.messageKey());
		}
		try {
			responses.saveAndFlush(new SurveyResponse(applicationId, course.getId(), answer, clock.instant()));
		}
		catch (DataIntegrityViolationException twoTabs) {
			// The same answer sent twice at once: the primary key (one per application) decides.
			throw new SurveyRefused(State.ANSWERED.messageKey());
		}
	}

	/** The resident's applications whose survey they have answered (for マイページ: "answered" instead of a link). */
	@Transactional(readOnly = true)
	public Set<Long> answered(long accountId) {
		return Set.copyOf(responses.answeredBy(accountId));
	}

	@Transactional(readOnly = true)
	public SurveySummary summary(long courseId) {
		var counts = new ArrayList<>(Collections.nCopies(5, 0));
		long total = 0;
		long sum = 0;
		for (Object[] row : responses.countsBySatisfaction(courseId)) {
			int satisfaction = ((Number) row[0]).intValue();
			long count = ((Number) row[1]).longValue();
			counts.set(satisfaction - 1, (int) count);
			total += count;
			sum += satisfaction * count;
		}
		int participants = (int) applications.countByCourseIdAndStatus(courseId, ApplicationStatus.CONFIRMED);
		return new SurveySummary((int) total, participants, total == 0 ? null : (double) sum / total, counts);
	}

	@Transactional(readOnly = true)
	public SurveyComments comments(long courseId) {
		var all = responses.findByCourseId(courseId);
		return new SurveyComments(texts(all, SurveyResponse::getGoodPoints), texts(all, SurveyResponse::getImprovements),
				texts(all, SurveyResponse::getWantedNext));
	}

	private static List<String> texts(List<SurveyResponse> all, Function<SurveyResponse, String> comment) {
		return all.stream().map(comment).filter(Objects::nonNull).sorted().toList();
	}

	private State state(CourseApplication application, Course course) {
		if (responses.existsById(application.getId())) {
			return State.ANSWERED;
		}
		if (application.getStatus() != ApplicationStatus.CONFIRMED) {
			return State.NOT_PARTICIPANT;
		}
		Instant ended = course.getLastSessionEndsAt();
		if (ended == null || clock.instant().isBefore(ended)) {
			return State.NOT_YET;
		}
		return State.OPEN;
	}
}

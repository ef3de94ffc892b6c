package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.course.domain.Course.SessionTime;

/** Creates the courses of an imported file as drafts: all of them, or none. */
@Service
public class CourseImportService {

	/** One course read from a file, with the row it came from (for the report). */
	public record ImportedCourse(int row, CourseDetails details, List<SessionTime> sessions) {
	}

	/** A row broke a course rule; nothing was imported. */
	public static class RowRefused extends RuntimeException {

		private final int row;
		private final transient CourseRuleViolation violation;

		RowRefused(int row, CourseRuleViolation violation) {
			super("row " + row + ": " + violation.messageKey(), violation);
			this.row = row;
			this.violation = violation;
		}

		public int row() {
			return row;
		}

		public CourseRuleViolation violation() {
			return violation;
		}
	}

	private final CourseService courses;

	CourseImportService(CourseService courses) {
		this.courses = courses;
	}

	/**
	 * One transaction for the whole file: a half-imported file would leave staff guessing which
	 * rows to fix and send again. The rows were checked before; the rules are checked once more here.
	 */
	@Transactional
	public int importAll(List<ImportedCourse> imported) {
		for (var course : imported) {
			try {
				courses.create(course.details(), course.sessions());
			}
			catch (CourseRuleViolation violation) {
				throw new RowRefused(course.row(), violation);
			}
		}
		return imported.size();
	}
}

package jp.manabi.portal.course;

/** Who may apply: residents only, also people who work or study here, or anyone. */
public enum Eligibility {
	RESIDENTS, RESIDENTS_WORKERS_STUDENTS, ANYONE;
}

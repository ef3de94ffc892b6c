package jp.manabi.portal.course;

/** Who runs a course: a ward department, a partner (NPO, university, company) or residents (市民提案型講座). */
public enum OrganizerType {
	DEPARTMENT, PARTNER, RESIDENTS;
}

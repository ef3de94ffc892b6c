package jp.manabi.portal.course;

/** Whom a course is meant for; a course may name several. */
public enum Audience {
	CHILDREN, PARENT_CHILD, YOUTH, WORKERS, SENIORS, FOREIGN_RESIDENTS, DISABILITIES, EVERYONE;
}

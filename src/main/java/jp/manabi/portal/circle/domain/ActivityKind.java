package jp.manabi.portal.circle.domain;

/** A public event residents may sign up for, or one of the circle's regular meetings. */
public enum ActivityKind {
	EVENT, MEETING
}

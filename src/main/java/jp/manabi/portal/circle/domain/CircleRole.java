package jp.manabi.portal.circle.domain;

/** A person's place in a circle. Leaders and co-leaders manage it; there is one leader. */
public enum CircleRole {
	LEADER, CO_LEADER, MEMBER;

	public boolean manages() {
		return this != MEMBER;
	}
}

package jp.manabi.portal.volunteer.domain;

/** Who posted a request: ward staff, an organisation through its account, or a circle's leader. */
public enum PosterKind {
	STAFF, ORGANISATION, CIRCLE
}

package jp.manabi.portal.circle;

/** A circle as other modules need it: to name it, link to it and know whether it is registered. */
public record CircleSummary(long id, String name, CircleStatus status) {
}

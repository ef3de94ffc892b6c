package jp.manabi.portal.circle.domain;

/** Something wrong with an activity as a leader filled it in: shown beside {@code field}. */
public record ActivityProblem(String field, String messageKey) {
}

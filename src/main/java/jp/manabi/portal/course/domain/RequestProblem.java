package jp.manabi.portal.course.domain;

/** Something wrong with what an applicant filled in, to be shown beside {@code field}. */
public record RequestProblem(String field, String messageKey, Object... arguments) {
}

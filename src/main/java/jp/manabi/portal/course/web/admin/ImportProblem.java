package jp.manabi.portal.course.web.admin;

/**
 * One problem of an import file, in one cell ({@code column} null: the whole row). The message
 * is a key with its arguments, so the report follows the page's language.
 */
public record ImportProblem(int row, String column, String messageKey, Object[] arguments) {
}

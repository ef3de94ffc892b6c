/**
 * Courses (講座): the catalogue residents search, course pages, the calendar and .ics, and the
 * staff pages that run them. Other modules see courses through {@link jp.manabi.portal.course.Courses}.
 */
package jp.manabi.portal.course;

package jp.manabi.portal.course.domain;

/**
 * Someone without an account whose application staff took by phone or at the counter. The
 * email is optional; with it (or the phone) the person can later claim the application by
 * signing up.
 */
public record Applicant(String name, String furigana, String phone, String email, String areaCode) {
}

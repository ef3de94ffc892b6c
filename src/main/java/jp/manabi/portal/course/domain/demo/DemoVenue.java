package jp.manabi.portal.course.domain.demo;

/**
 * A venue from {@code demo/venues.yaml}.
 *
 * @param key how {@code demo/courses.yaml} refers to it
 * @param area an area code of {@code portal.municipality.areas}
 */
public record DemoVenue(String key, String name, String nameEn, String room, String address, String access,
		String barrierFree, String area) {
}

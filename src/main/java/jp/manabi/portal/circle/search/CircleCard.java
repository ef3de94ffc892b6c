package jp.manabi.portal.circle.search;

import java.util.List;

import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.ScheduleRule;

/** What a result in the list shows of a circle: read once from the entity, then plain data. */
public record CircleCard(long id, String name, String description, String categoryJa, String categoryEn,
		String areaCode, List<ScheduleRule.Meeting> meetings, boolean recruiting, boolean beginnersWelcome,
		Long imageId) {

	static final int DESCRIPTION_LENGTH = 120;

	static CircleCard of(Circle circle) {
		String description = circle.getDescription();
		if (description.length() > DESCRIPTION_LENGTH) {
			description = description.substring(0, DESCRIPTION_LENGTH) + "…";
		}
		return new CircleCard(circle.getId(), circle.getName(), description, circle.getCategory().getNameJa(),
				circle.getCategory().getNameEn(), circle.getAreaCode(),
				circle.getScheduleRules().stream().map(ScheduleRule::meeting).toList(), circle.isRecruiting(),
				circle.isBeginnersWelcome(), circle.getImageId());
	}

	public String category(java.util.Locale locale) {
		return jp.manabi.portal.shared.Languages.isEnglish(locale) ? categoryEn : categoryJa;
	}
}

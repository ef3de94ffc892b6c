package jp.manabi.portal.report.opendata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The open-data files' settings: the municipality's code (全国地方公共団体コード, six digits with
 * the check digit), the prefecture's name (the municipality's own names come from
 * {@code portal.municipality}), and the licence every file carries. CC BY 4.0 unless configured.
 */
@Validated
@ConfigurationProperties("portal.opendata")
public record OpenDataProperties(
		@DefaultValue("131164") @NotBlank @Pattern(regexp = "[0-9]{6}") String municipalityCode,
		@DefaultValue("東京都") @NotBlank String prefectureName,
		@DefaultValue("CC BY 4.0") @NotBlank String licenceName,
		@DefaultValue("https://creativecommons.org/licenses/by/4.0/deed.ja") @NotBlank String licenceUrl,
		@DefaultValue("") String attribution) {

	/** The credit users are asked to give; by default 「{municipality} まなびポータル」. */
	public String attributionOr(String fallback) {
		return attribution == null || attribution.isBlank() ? fallback : attribution;
	}
}

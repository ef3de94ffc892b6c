package jp.manabi.portal.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one municipality this deployment serves: its names and the list of areas (地区)
 * residents choose from. Comes from configuration, so another ward needs no code change.
 */
@Validated
@ConfigurationProperties("portal.municipality")
public record MunicipalityProperties(
		@NotBlank String nameJa,
		@NotBlank String nameEn,
		@NotBlank String contactJa,
		@NotBlank String contactEn,
		@NotEmpty List<@Valid Area> areas) {

	public record Area(@NotBlank String code, @NotBlank String nameJa, @NotBlank String nameEn) {

		public String name(Locale locale) {
			return Languages.isEnglish(locale) ? nameEn : nameJa;
		}
	}

	public String name(Locale locale) {
		return Languages.isEnglish(locale) ? nameEn : nameJa;
	}

	public String contact(Locale locale) {
		return Languages.isEnglish(locale) ? contactEn : contactJa;
	}

	public Optional<Area> area(String code) {
		return areas.stream().filter(a -> a.code().equals(code)).findFirst();
	}

	public boolean hasArea(String code) {
		return area(code).isPresent();
	}
}

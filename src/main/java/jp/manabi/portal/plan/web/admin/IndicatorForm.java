package jp.manabi.portal.plan.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import jp.manabi.portal.plan.domain.IndicatorContent;
import jp.manabi.portal.plan.domain.IndicatorView;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * An outcome indicator with its yearly actuals. Values are taken as text and checked here, so a
 * non-number gets a message of its own beside its field instead of a generic conversion error.
 */
public class IndicatorForm {

	/** Empty rows offered for new years under the ones already entered. */
	static final int BLANK_ROWS = 3;

	/** Digits with an optional decimal point; full-width digits and thousands commas are accepted. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,12}(\\.\\d{1,2})?");

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@Size(max = 40)
	@PlainText
	private String unit;

	private String baselineValue;

	@Min(1900)
	@Max(2200)
	private Integer baselineYear;

	private String targetValue;

	@Min(1900)
	@Max(2200)
	private Integer targetYear;

	@Valid
	private List<ActualRow> actuals = new ArrayList<>();

	private long version;

	/** One fiscal year's actual value. */
	public static class ActualRow {

		@Min(1900)
		@Max(2200)
		private Integer year;

		private String value;

		public ActualRow() {
		}

		ActualRow(Integer year, String value) {
			this.year = year;
			this.value = value;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}
	}

	static IndicatorForm blank() {
		var form = new IndicatorForm();
		form.addBlankRows();
		return form;
	}

	static IndicatorForm of(IndicatorView indicator) {
		var form = new IndicatorForm();
		form.name = indicator.name();
		form.unit = indicator.unit();
		form.baselineValue = plain(indicator.baselineValue());
		form.baselineYear = indicator.baselineYear();
		form.targetValue = plain(indicator.targetValue());
		form.targetYear = indicator.targetYear();
		indicator.actuals().forEach((year, value) -> form.actuals.add(new ActualRow(year, plain(value))));
		form.version = indicator.version();
		form.addBlankRows();
		return form;
	}

	void addBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			actuals.add(new ActualRow());
		}
	}

	/** Checks the numbers and builds the content; null when something is wrong (then in {@code errors}). */
	IndicatorContent toContent(Errors errors) {
		BigDecimal baseline = number("baselineValue", baselineValue, errors);
		BigDecimal target = number("targetValue", targetValue, errors);
		Map<Integer, BigDecimal> yearly = new TreeMap<>();
		for (int i = 0; i < actuals.size(); i++) {
			ActualRow row = actuals.get(i);
			String prefix = "actuals[" + i + "].";
			if (row.year == null && (row.value == null || row.value.isBlank())) {
				continue;
			}
			if (row.year == null) {
				if (!errors.hasFieldErrors(prefix + "year")) {
					errors.rejectValue(prefix + "year", "plan.indicator.error.yearMissing");
				}
				continue;
			}
			if (row.value == null || row.value.isBlank()) {
				errors.rejectValue(prefix + "value", "plan.indicator.error.valueMissing");
				continue;
			}
			BigDecimal value = number(prefix + "value", row.value, errors);
			if (value != null && yearly.putIfAbsent(row.year, value) != null) {
				errors.rejectValue(prefix + "year", "plan.indicator.error.yearTwice");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new IndicatorContent(name, unit, baseline, baselineYear, target, targetYear, new TreeMap<>(yearly));
	}

	private static BigDecimal number(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace(",", "")
				.strip();
		if (!NUMBER.matcher(normalized).matches()) {
			errors.rejectValue(field, "plan.indicator.error.notNumeric");
			return null;
		}
		return new BigDecimal(normalized);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : IndicatorContent.normalize(value).toPlainString();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(String baselineValue) {
		this.baselineValue = baselineValue;
	}

	public Integer getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public String getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(String targetValue) {
		this.targetValue = targetValue;
	}

	public Integer getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public List<ActualRow> getActuals() {
		return actuals;
	}

	public void setActuals(List<ActualRow> actuals) {
		this.actuals = actuals;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

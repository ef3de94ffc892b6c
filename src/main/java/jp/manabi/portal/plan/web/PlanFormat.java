package jp.manabi.portal.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.plan.domain.IndicatorView;

/**
 * How plan pages write numbers, fiscal years and long texts, for templates ({@code @planFormat}).
 * Staff pages use it too, so a figure reads the same everywhere.
 */
@Component("planFormat")
public class PlanFormat {

	private final MessageSource messages;

	PlanFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String number(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** e.g. 「1,200人（2020年度）」, "1,200 people (FY2020)". */
	public String figure(BigDecimal value, String unit, Integer year, Locale locale) {
		if (value == null) {
			return messages.getMessage("plan.indicator.notSet", null, locale);
		}
		String amount = messages.getMessage("plan.indicator.amount", new Object[] { number(value, locale),
				unit == null ? "" : unit }, locale).strip();
		if (year == null) {
			return amount;
		}
		return messages.getMessage("plan.indicator.amountInYear", new Object[] { amount, fiscalYear(year, locale) },
				locale);
	}

	public String amount(BigDecimal value, String unit, Locale locale) {
		return messages.getMessage("plan.indicator.amount", new Object[] { number(value, locale),
				unit == null ? "" : unit }, locale).strip();
	}

	public String fiscalYear(Integer year, Locale locale) {
		return messages.getMessage("plan.fiscalYear", new Object[] { String.valueOf(year) }, locale);
	}

	/** A long text as paragraphs: blank lines part them; single line breaks stay (CSS pre-line). */
	public List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public IndicatorChart chart(IndicatorView indicator, Locale locale) {
		return IndicatorChart.of(indicator, value -> number(value, locale));
	}

	/** What the chart shows, in words: the chart's accessible description. */
	public String chartDescription(IndicatorView indicator, Locale locale) {
		var parts = new ArrayList<String>();
		if (indicator.baselineValue() != null) {
			parts.add(messages.getMessage("plan.chart.desc.baseline",
					new Object[] { figure(indicator.baselineValue(), indicator.unit(), indicator.baselineYear(), locale) },
					locale));
		}
		if (indicator.targetValue() != null) {
			parts.add(messages.getMessage("plan.chart.desc.target",
					new Object[] { figure(indicator.targetValue(), indicator.unit(), indicator.targetYear(), locale) },
					locale));
		}
		for (Map.Entry<Integer, BigDecimal> actual : indicator.actuals().entrySet()) {
			parts.add(messages.getMessage("plan.chart.desc.actual", new Object[] { fiscalYear(actual.getKey(), locale),
					amount(actual.getValue(), indicator.unit(), locale) }, locale));
		}
		return String.join(messages.getMessage("plan.chart.desc.separator", null, locale), parts);
	}
}

package jp.manabi.portal.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PublicFigures;

/** Figures as words for the report pages ({@code @reportFormat} in templates) and exports. */
@Component("reportFormat")
public class ReportFormat {

	private final MessageSource messages;
	private final PublicFigures publicFigures;

	ReportFormat(MessageSource messages, PublicFigures publicFigures) {
		this.messages = messages;
		this.publicFigures = publicFigures;
	}

	public List<Figure> figures() {
		return List.of(Figure.values());
	}

	public List<Figure> headline() {
		return Figure.HEADLINE;
	}

	public String name(Figure figure, Locale locale) {
		return messages.getMessage(figure.messageKey(), null, locale);
	}

	public String number(BigDecimal value, Figure figure, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int digits = switch (figure.kind()) {
			case COUNT -> 0;
			case PERCENT, HOURS -> 1;
			case AVERAGE -> 2;
		};
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(value.setScale(digits, RoundingMode.HALF_UP));
	}

	/** e.g. 「12」「85.0%」「3.42」「120.5時間」, or a dash when there is nothing to take a rate of. */
	public String value(BigDecimal value, Figure figure, Locale locale) {
		if (value == null) {
			return messages.getMessage("report.value.none", null, locale);
		}
		return messages.getMessage("report.unit." + figure.kind(), new Object[] { number(value, figure, locale) },
				locale);
	}

	/** The change from the previous year, signed ("+3", "−2.5%"), or empty when either is missing. */
	public String difference(BigDecimal current, BigDecimal previous, Figure figure, Locale locale) {
		if (current == null || previous == null) {
			return "";
		}
		BigDecimal change = current.subtract(previous);
		String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±";
		return sign + value(change.abs(), figure, locale);
	}

	/** For residents: small counts as "fewer than 5", rates over them not at all. */
	public String publicValue(Map<Figure, BigDecimal> values, Figure figure, Locale locale) {
		if (publicFigures.suppressed(values, figure)) {
			return figure.isCount()
					? messages.getMessage("report.public.fewerThan", new Object[] { publicFigures.minimum() }, locale)
					: messages.getMessage("report.public.notShown", null, locale);
		}
		return value(values.get(figure), figure, locale);
	}

	/** An indicator's value with its unit (and year), e.g. 「1,200人（2030年度）」; a dash when unset. */
	public String amount(BigDecimal value, String unit, Integer year, Locale locale) {
		if (value == null) {
			return messages.getMessage("report.value.none", null, locale);
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		String amount = format.format(value) + (unit == null ? "" : unit);
		return year == null ? amount
				: messages.getMessage("report.amountInYear", new Object[] { amount, fiscalYear(year, locale) }, locale);
	}

	/** When a snapshot was taken, Japan time. */
	public String instant(java.time.Instant instant) {
		return instant == null ? ""
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.format(instant.atZone(java.time.ZoneId.of("Asia/Tokyo")));
	}

	public String fiscalYear(int year, Locale locale) {
		return messages.getMessage("report.fiscalYear", new Object[] { String.valueOf(year) }, locale);
	}

	/** The chart's text alternative: each headline figure this year and the year before. */
	public String chartDescription(FigureTable.Row current, FigureTable.Row previous, Locale locale) {
		var parts = new ArrayList<String>();
		for (Figure figure : Figure.HEADLINE) {
			parts.add(messages.getMessage("report.chart.desc.figure", new Object[] { name(figure, locale),
					value(current.value(figure), figure, locale),
					previous == null ? value(null, figure, locale) : value(previous.value(figure), figure, locale) },
					locale));
		}
		return String.join(messages.getMessage("report.chart.desc.separator", null, locale), parts);
	}

	public FigureChart chart(FigureTable.Row current, FigureTable.Row previous, Locale locale) {
		return FigureChart.of(current, previous, Figure.HEADLINE, f -> name(f, locale),
				(v, f) -> value(v, f, locale));
	}
}

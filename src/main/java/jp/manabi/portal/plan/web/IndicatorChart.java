package jp.manabi.portal.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jp.manabi.portal.plan.domain.IndicatorView;

/**
 * The geometry of a small bar chart of an indicator's yearly actuals, with its baseline and
 * target as horizontal lines, drawn by the template as inline SVG: no script, no image file,
 * and the numbers stay in the page as a table too. Coordinates are in a fixed 600×280 viewBox;
 * CSS scales the picture to the screen.
 */
public record IndicatorChart(List<Bar> bars, Line baseline, Line target, List<Tick> ticks, String zeroY) {

	public static final int WIDTH = 600;
	public static final int HEIGHT = 280;
	public static final int LEFT = 80;
	public static final int RIGHT = 590;
	public static final int TOP = 24;
	public static final int BOTTOM = 236;

	/** One year's bar, with the year under it and the value over it. */
	public record Bar(String year, String x, String y, String width, String height, String labelX, String valueY,
			String value) {
	}

	/** A horizontal line across the plot at a value; the legend under the chart names it. */
	public record Line(String y, String value) {
	}

	public record Tick(String y, String labelY, String label) {
	}

	/** Null when the indicator has no figure to draw. */
	static IndicatorChart of(IndicatorView indicator, Function<BigDecimal, String> format) {
		if (!indicator.hasFigures()) {
			return null;
		}
		var values = new ArrayList<BigDecimal>(indicator.actuals().values());
		if (indicator.baselineValue() != null) {
			values.add(indicator.baselineValue());
		}
		if (indicator.targetValue() != null) {
			values.add(indicator.targetValue());
		}
		double max = Math.max(0, values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0));
		double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
		double top = max > 0 ? nice(max) : 0;
		double bottom = min < 0 ? -nice(-min) : 0;
		if (top == bottom) {
			top = 1;
		}
		Scale scale = new Scale(bottom, top);

		var bars = new ArrayList<Bar>();
		int count = indicator.actuals().size();
		double slot = (RIGHT - LEFT) / (double) Math.max(count, 1);
		double barWidth = Math.min(slot * 0.6, 64);
		int i = 0;
		for (Map.Entry<Integer, BigDecimal> actual : indicator.actuals().entrySet()) {
			double x = LEFT + slot * i + (slot - barWidth) / 2;
			double y = scale.y(actual.getValue().doubleValue());
			double zero = scale.y(0);
			bars.add(new Bar(String.valueOf(actual.getKey()), coordinate(x), coordinate(Math.min(y, zero)),
					coordinate(barWidth), coordinate(Math.max(Math.abs(zero - y), 1)), coordinate(x + barWidth / 2),
					coordinate(Math.min(y, zero) - 6), format.apply(actual.getValue())));
			i++;
		}
		var ticks = new ArrayList<Tick>();
		for (double value : new double[] { bottom, (bottom + top) / 2, top }) {
			double y = scale.y(value);
			ticks.add(new Tick(coordinate(y), coordinate(y + 5), format.apply(BigDecimal.valueOf(value))));
		}
		return new IndicatorChart(bars, line(indicator.baselineValue(), scale, format),
				line(indicator.targetValue(), scale, format), ticks, coordinate(scale.y(0)));
	}

	private static Line line(BigDecimal value, Scale scale, Function<BigDecimal, String> format) {
		if (value == null) {
			return null;
		}
		double y = scale.y(value.doubleValue());
		return new Line(coordinate(y), format.apply(value));
	}

	/** The next 1, 2 or 5 times a power of ten, so the axis reads in round numbers. */
	static double nice(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		double fraction = value / power;
		double rounded = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
		return rounded * power;
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private record Scale(double bottom, double top) {

		double y(double value) {
			return BOTTOM - (value - bottom) / (top - bottom) * (BOTTOM - TOP);
		}
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int yearLabelY() {
		return BOTTOM + 24;
	}
}

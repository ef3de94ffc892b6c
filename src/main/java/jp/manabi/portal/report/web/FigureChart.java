package jp.manabi.portal.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.report.domain.FigureTable;

/**
 * The geometry of a node's small chart: for each headline figure, this year's bar over the
 * previous year's, drawn by the template as inline SVG (no script, no inline style). Each pair is
 * scaled to its own larger value, as the figures have different units; the numbers are printed
 * beside the bars and given in words in the chart's description.
 */
public record FigureChart(int height, List<Pair> pairs) {

	public static final int WIDTH = 600;
	static final int BAR_LEFT = 4;
	static final int BAR_MAX = 420;
	static final int ROW = 64;

	public record Pair(String label, String labelY, String currentY, String currentWidth, String currentValue,
			String currentValueX, String previousY, String previousWidth, String previousValue,
			String previousValueX, String currentTextY, String previousTextY) {
	}

	static FigureChart of(FigureTable.Row current, FigureTable.Row previous, List<Figure> figures,
			Function<Figure, String> name, BiFunction<BigDecimal, Figure, String> format) {
		var pairs = new ArrayList<Pair>();
		int i = 0;
		for (Figure figure : figures) {
			BigDecimal now = current.value(figure);
			BigDecimal before = previous == null ? null : previous.value(figure);
			double a = now == null ? 0 : now.doubleValue();
			double b = before == null ? 0 : before.doubleValue();
			double max = Math.max(Math.max(a, b), 0);
			double wa = max == 0 ? 0 : a / max * BAR_MAX;
			double wb = max == 0 ? 0 : b / max * BAR_MAX;
			int top = i * ROW;
			pairs.add(new Pair(name.apply(figure), c(top + 14), c(top + 20), c(Math.max(wa, 1)), format.apply(now, figure),
					c(BAR_LEFT + Math.max(wa, 1) + 6), c(top + 40), c(Math.max(wb, 1)), format.apply(before, figure),
					c(BAR_LEFT + Math.max(wb, 1) + 6), c(top + 33), c(top + 53)));
			i++;
		}
		return new FigureChart(figures.size() * ROW + 4, pairs);
	}

	private static String c(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	public int width() {
		return WIDTH;
	}

	public int barLeft() {
		return BAR_LEFT;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height;
	}
}

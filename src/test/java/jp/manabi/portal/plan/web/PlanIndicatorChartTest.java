package jp.manabi.portal.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.plan.domain.IndicatorContent;
import jp.manabi.portal.plan.domain.IndicatorView;

/** The geometry of the indicator chart: round axis, bars from zero, lines at their values. */
class PlanIndicatorChartTest {

	@Test
	void barsStandOnZeroAndTheAxisEndsOnARoundNumber() {
		var actuals = new TreeMap<Integer, BigDecimal>();
		actuals.put(2021, new BigDecimal("1250"));
		actuals.put(2022, new BigDecimal("1405.5"));
		var chart = IndicatorChart.of(view(new BigDecimal("1200"), new BigDecimal("1500"), actuals), BigDecimal::toPlainString);

		assertThat(chart.ticks()).extracting(IndicatorChart.Tick::label).containsExactly("0.0", "1000.0", "2000.0");
		assertThat(chart.zeroY()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", (double) IndicatorChart.BOTTOM));
		assertThat(chart.bars()).extracting(IndicatorChart.Bar::year).containsExactly("2021", "2022");
		var first = chart.bars().get(0);
		assertThat(Double.parseDouble(first.y()) + Double.parseDouble(first.height()))
				.isCloseTo(IndicatorChart.BOTTOM, org.assertj.core.data.Offset.offset(0.1));
		// 1500 of 2000 is three quarters up the plot.
		assertThat(Double.parseDouble(chart.target().y())).isCloseTo(
				IndicatorChart.BOTTOM - 0.75 * (IndicatorChart.BOTTOM - IndicatorChart.TOP),
				org.assertj.core.data.Offset.offset(0.1));
	}

	@Test
	void negativeValuesHangBelowZero() {
		var actuals = new TreeMap<Integer, BigDecimal>();
		actuals.put(2021, new BigDecimal("-30"));
		actuals.put(2022, new BigDecimal("45"));
		var chart = IndicatorChart.of(view(null, null, actuals), BigDecimal::toPlainString);

		double zero = Double.parseDouble(chart.zeroY());
		var negative = chart.bars().get(0);
		assertThat(Double.parseDouble(negative.y())).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.1));
		assertThat(chart.baseline()).isNull();
		assertThat(chart.target()).isNull();
	}

	@Test
	void anIndicatorWithoutFiguresHasNoChart() {
		assertThat(IndicatorChart.of(view(null, null, new TreeMap<>()), BigDecimal::toPlainString)).isNull();
	}

	@Test
	void roundNumbersAreOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(IndicatorChart.nice(0.8)).isEqualTo(1);
		assertThat(IndicatorChart.nice(1405.5)).isEqualTo(2000);
		assertThat(IndicatorChart.nice(3000)).isEqualTo(5000);
		assertThat(IndicatorChart.nice(7)).isEqualTo(10);
	}

	private static IndicatorView view(BigDecimal baseline, BigDecimal target, TreeMap<Integer, BigDecimal> actuals) {
		return new IndicatorView(1, 0, 1, new IndicatorContent("指標", "人", baseline, 2020, target, 2030, actuals));
	}
}

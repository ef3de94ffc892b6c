package jp.manabi.portal.plan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.SortNatural;

/**
 * 成果目標: an outcome indicator of a node, its baseline and target, and the actual value of
 * each fiscal year. Actuals belong to the indicator, so entering one bumps its version.
 */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "node_id")
	private PlanNode node;

	private String name;

	private String unit;

	@Column(precision = 14, scale = 2)
	private BigDecimal baselineValue;

	private Integer baselineYear;

	@Column(precision = 14, scale = 2)
	private BigDecimal targetValue;

	private Integer targetYear;

	private int position;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "plan_indicator_actual", joinColumns = @JoinColumn(name = "indicator_id"))
	@MapKeyColumn(name = "fiscal_year")
	@Column(name = "value", precision = 14, scale = 2)
	@SortNatural
	private SortedMap<Integer, BigDecimal> actuals = new TreeMap<>();

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected PlanIndicator() {
	}

	PlanIndicator(PlanNode node, int position) {
		this.node = node;
		this.position = position;
	}

	/**
	 * Takes new values, touching only what differs; numbers compare by value (1200 = 1200.00).
	 *
	 * @return whether anything changed
	 */
	boolean describe(IndicatorContent content) {
		if (content().sameAs(content)) {
			return false;
		}
		if (!Objects.equals(name, content.name())) {
			name = content.name();
		}
		if (!Objects.equals(unit, content.unit())) {
			unit = content.unit();
		}
		if (!IndicatorContent.sameNumber(baselineValue, content.baselineValue())) {
			baselineValue = content.baselineValue();
		}
		if (!Objects.equals(baselineYear, content.baselineYear())) {
			baselineYear = content.baselineYear();
		}
		if (!IndicatorContent.sameNumber(targetValue, content.targetValue())) {
			targetValue = content.targetValue();
		}
		if (!Objects.equals(targetYear, content.targetYear())) {
			targetYear = content.targetYear();
		}
		if (!IndicatorContent.sameNumbers(actuals, content.actuals())) {
			actuals.keySet().retainAll(content.actuals().keySet());
			for (Map.Entry<Integer, BigDecimal> actual : content.actuals().entrySet()) {
				if (!IndicatorContent.sameNumber(actuals.get(actual.getKey()), actual.getValue())) {
					actuals.put(actual.getKey(), actual.getValue());
				}
			}
		}
		updatedAt = Instant.now();
		return true;
	}

	/**
	 * Adds or corrects the actuals a file gives and keeps the years it leaves out: a file is
	 * usually older than the figures staff entered since.
	 */
	boolean merge(IndicatorContent fromFile) {
		var merged = new TreeMap<>(actuals);
		merged.putAll(fromFile.actuals());
		return describe(new IndicatorContent(fromFile.name(), fromFile.unit(), fromFile.baselineValue(),
				fromFile.baselineYear(), fromFile.targetValue(), fromFile.targetYear(), merged));
	}

	boolean moveTo(int newPosition) {
		if (position == newPosition) {
			return false;
		}
		position = newPosition;
		return true;
	}

	public IndicatorContent content() {
		return new IndicatorContent(name, unit, baselineValue, baselineYear, targetValue, targetYear, actuals);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public PlanNode getNode() {
		return node;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}
}

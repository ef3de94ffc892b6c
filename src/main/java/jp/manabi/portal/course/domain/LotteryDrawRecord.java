package jp.manabi.portal.course.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A course's lottery, as drawn: the seed and everything else needed to draw it again and get the
 * same result ({@link LotteryDraw} with the entries' stored tiers and children). One per course.
 */
@Entity
@Table(name = "lottery_draw")
public class LotteryDrawRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long courseId;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 32)
	private String seed;

	/** The priority rules as codes ({@link LotteryTiers#code}), read back into words on the staff page. */
	private String tierRules;

	private int places;

	/** Null: the course offers no childcare. */
	private Integer childcarePlaces;

	private int entries;

	private int winners;

	private Instant drawnAt;

	/** Null: drawn by the scheduled job. */
	private Long drawnBy;

	/** When everyone drawn was told their result; null: not yet. */
	private Instant resultsToldAt;

	protected LotteryDrawRecord() {
	}

	LotteryDrawRecord(long courseId, String seed, String tierRules, int places, Integer childcarePlaces, int entries,
			int winners, Instant drawnAt, Long drawnBy) {
		this.courseId = courseId;
		this.seed = seed;
		this.tierRules = tierRules;
		this.places = places;
		this.childcarePlaces = childcarePlaces;
		this.entries = entries;
		this.winners = winners;
		this.drawnAt = drawnAt;
		this.drawnBy = drawnBy;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public String getSeed() {
		return seed;
	}

	public String getTierRules() {
		return tierRules;
	}

	public int getPlaces() {
		return places;
	}

	public Integer getChildcarePlaces() {
		return childcarePlaces;
	}

	public int getEntries() {
		return entries;
	}

	public int getWinners() {
		return winners;
	}

	public Instant getDrawnAt() {
		return drawnAt;
	}

	public Long getDrawnBy() {
		return drawnBy;
	}

	/** Everyone drawn has been told (their events are published). */
	void markTold(Instant now) {
		this.resultsToldAt = now;
	}

	public Instant getResultsToldAt() {
		return resultsToldAt;
	}

	public boolean isDrawnByJob() {
		return drawnBy == null;
	}
}

package jp.manabi.portal.circle.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a circle did on a day (活動報告): the plan's roll-up counts these as activities held and
 * their participants, under the plan nodes the circle relates to.
 */
@Entity
@Table(name = "circle_activity_report")
public class ActivityReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "circle_id")
	private Circle circle;

	/** The posted activity this reports on, if any. */
	private Long activityId;

	private LocalDate heldOn;

	private int participants;

	private String summary;

	private Long imageId;

	private long reportedBy;

	private Instant createdAt = Instant.now();

	protected ActivityReport() {
	}

	public ActivityReport(Circle circle, Long activityId, LocalDate heldOn, int participants, String summary,
			long reportedBy) {
		this.circle = circle;
		this.activityId = activityId;
		this.reportedBy = reportedBy;
		correct(heldOn, participants, summary);
	}

	public final void correct(LocalDate heldOn, int participants, String summary) {
		this.heldOn = heldOn;
		this.participants = participants;
		this.summary = summary;
	}

	void useImage(Long imageId) {
		this.imageId = imageId;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Circle getCircle() {
		return circle;
	}

	public Long getActivityId() {
		return activityId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public int getParticipants() {
		return participants;
	}

	public String getSummary() {
		return summary;
	}

	public Long getImageId() {
		return imageId;
	}

	public long getReportedBy() {
		return reportedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

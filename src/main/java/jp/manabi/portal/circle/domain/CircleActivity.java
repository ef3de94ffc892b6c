package jp.manabi.portal.circle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An activity a circle posts: a public event (with a capacity when residents sign up) or a
 * regular meeting. Sign-ups take places under this row's lock, as course applications do.
 */
@Entity
@Table(name = "circle_activity")
public class CircleActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "circle_id")
	private Circle circle;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String title;

	private String description;

	private LocalDate activityDate;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String place;

	private String areaCode;

	private Integer capacity;

	private boolean signupOpen;

	private int feeYen;

	private boolean cancelled;

	private long createdBy;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected CircleActivity() {
	}

	public CircleActivity(Circle circle, ActivityDetails details, long createdBy) {
		this.circle = circle;
		this.createdBy = createdBy;
		update(details);
	}

	public final void update(ActivityDetails details) {
		this.kind = details.kind();
		this.title = details.title();
		this.description = details.description() == null ? "" : details.description();
		this.activityDate = details.date();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.place = details.place();
		this.areaCode = details.areaCode();
		this.capacity = details.capacity();
		this.signupOpen = details.kind() == ActivityKind.EVENT && details.signupOpen();
		this.feeYen = details.feeYen();
	}

	public ActivityDetails details() {
		return new ActivityDetails(kind, title, description, activityDate, startsAt, endsAt, place, areaCode, capacity,
				signupOpen, feeYen);
	}

	void cancel() {
		this.cancelled = true;
		this.signupOpen = false;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	/** Activities are dated in the municipality's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	/** When the activity begins: sign-ups and their cancellation close then. */
	public Instant startsAtInstant() {
		return activityDate.atTime(startsAt).atZone(ZONE).toInstant();
	}

	public boolean hasStarted(Instant now) {
		return !now.isBefore(startsAtInstant());
	}

	public boolean takesSignups() {
		return kind == ActivityKind.EVENT && signupOpen && !cancelled && capacity != null;
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

	public ActivityKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getActivityDate() {
		return activityDate;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public String getPlace() {
		return place;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public boolean isSignupOpen() {
		return signupOpen;
	}

	public int getFeeYen() {
		return feeYen;
	}

	public boolean isCancelled() {
		return cancelled;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

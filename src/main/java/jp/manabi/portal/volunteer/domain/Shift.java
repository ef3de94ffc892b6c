package jp.manabi.portal.volunteer.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * A date and time of a request with its own number of people needed. Places are taken under
 * this row's lock, so a shift never has more approved volunteers than it needs.
 */
@Entity
@Table(name = "volunteer_shift")
public class Shift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private VolunteerRequest request;

	private int position;

	private LocalDate shiftDate;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private int needed;

	protected Shift() {
	}

	Shift(VolunteerRequest request, int position, ShiftTime time) {
		this.request = request;
		this.position = position;
		set(time);
	}

	final void set(ShiftTime time) {
		this.shiftDate = time.date();
		this.startsAt = time.startsAt();
		this.endsAt = time.endsAt();
		this.needed = time.needed();
	}

	/** A shift before it belongs to a request. */
	public record ShiftTime(LocalDate date, LocalTime startsAt, LocalTime endsAt, int needed) {
	}

	public ShiftTime time() {
		return new ShiftTime(shiftDate, startsAt, endsAt, needed);
	}

	public TimeBand timeBand() {
		return TimeBand.of(startsAt);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public VolunteerRequest getRequest() {
		return request;
	}

	public int getPosition() {
		return position;
	}

	public LocalDate getShiftDate() {
		return shiftDate;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public int getNeeded() {
		return needed;
	}
}

package jp.manabi.portal.consultation.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.Channel;

/**
 * A counselor's weekly hours and date exceptions, edited by the counselor (their own only) or by
 * staff (anyone's). Overlapping weekly ranges are refused by the database's exclusion constraint;
 * that refusal becomes a message beside the row.
 */
@Service
@Transactional
public class HoursService {

	/** How far ahead the exceptions are listed. */
	public static final int EXCEPTION_DAYS = 90;

	static final String NO_OVERLAP = "counselor_hours_no_overlap";

	private final DeskAccess access;
	private final CounselorHoursRepository hours;
	private final CounselorExceptionRepository exceptions;
	private final AuditLog audit;
	private final Clock clock;

	HoursService(DeskAccess access, CounselorHoursRepository hours, CounselorExceptionRepository exceptions,
			AuditLog audit, Clock clock) {
		this.access = access;
		this.hours = hours;
		this.exceptions = exceptions;
		this.audit = audit;
		this.clock = clock;
	}

	/** A weekly range or a date's hours as the form gives them. */
	public record Range(LocalTime startsAt, LocalTime endsAt, Channel channel, String venue) {
	}

	/** The counselor's page: who, the week, the coming exceptions. */
	public record HoursPage(Counselor counselor, List<CounselorHours> weekly, List<CounselorException> exceptions,
			LocalDate today) {
	}

	@Transactional(readOnly = true)
	public long ownCounselorId(long accountId) {
		return access.ownCounselorId(accountId);
	}

	@Transactional(readOnly = true)
	public HoursPage page(long counselorId, DeskViewer viewer) {
		var counselor = access.counselor(counselorId, viewer);
		LocalDate today = today();
		var coming = exceptions.findByCounselorIdInAndDayBetween(List.of(counselorId), today,
				today.plusDays(EXCEPTION_DAYS)).stream()
				.sorted(Comparator.comparing(CounselorException::getDay).thenComparing(CounselorException::getId))
				.toList();
		return new HoursPage(counselor, hours.findByCounselorIdOrderByDayOfWeekAscStartsAtAsc(counselorId), coming,
				today);
	}

	public long addWeekly(long counselorId, DeskViewer viewer, DayOfWeek day, Range range) {
		access.counselor(counselorId, viewer);
		check(range);
		try {
			long id = hours.saveAndFlush(new CounselorHours(counselorId, day, range.startsAt(), range.endsAt(),
					range.channel(), blankToNull(range.venue()))).getId();
			audit(viewer, counselorId, "weekly hours added");
			return id;
		}
		catch (DataIntegrityViolationException e) {
			if (DeskConstraints.violates(e, NO_OVERLAP)) {
				throw new DeskRefused("startsAt", "consultation.hours.error.overlap");
			}
			throw new DeskRefused("startsAt", "consultation.hours.error.invalid");
		}
	}

	public void removeWeekly(long counselorId, DeskViewer viewer, long hoursId) {
		access.counselor(counselorId, viewer);
		var range = hours.findById(hoursId).filter(h -> h.getCounselorId() == counselorId)
				.orElseThrow(DeskNotFound::new);
		hours.delete(range);
		audit(viewer, counselorId, "weekly hours removed");
	}

	public long addAbsence(long counselorId, DeskViewer viewer, LocalDate day, String note) {
		access.counselor(counselorId, viewer);
		checkDay(day);
		long id = exceptions.saveAndFlush(CounselorException.absent(counselorId, day, blankToNull(note))).getId();
		audit(viewer, counselorId, "absence added");
		return id;
	}

	/** Other hours on a date: instead of the week's, and also on a public holiday. */
	public long addDateHours(long counselorId, DeskViewer viewer, LocalDate day, Range range, String note) {
		access.counselor(counselorId, viewer);
		checkDay(day);
		check(range);
		try {
			long id = exceptions.saveAndFlush(CounselorException.hours(counselorId, day, range.startsAt(),
					range.endsAt(), range.channel(), blankToNull(range.venue()), blankToNull(note))).getId();
			audit(viewer, counselorId, "date hours added");
			return id;
		}
		catch (DataIntegrityViolationException e) {
			throw new DeskRefused("startsAt", "consultation.hours.error.invalid");
		}
	}

	public void removeException(long counselorId, DeskViewer viewer, long exceptionId) {
		access.counselor(counselorId, viewer);
		var exception = exceptions.findById(exceptionId).filter(x -> x.getCounselorId() == counselorId)
				.orElseThrow(DeskNotFound::new);
		exceptions.delete(exception);
		audit(viewer, counselorId, "exception removed");
	}

	private void check(Range range) {
		if (range.startsAt() == null) {
			throw new DeskRefused("startsAt", "consultation.hours.error.startMissing");
		}
		if (range.endsAt() == null || !range.endsAt().isAfter(range.startsAt())) {
			throw new DeskRefused("endsAt", "consultation.hours.error.order");
		}
		if (range.channel() == null) {
			throw new DeskRefused("channel", "consultation.hours.error.channel");
		}
		if (range.channel() == Channel.COUNTER && (range.venue() == null || range.venue().isBlank())) {
			throw new DeskRefused("venue", "consultation.hours.error.venue");
		}
	}

	private void checkDay(LocalDate day) {
		if (day == null) {
			throw new DeskRefused("day", "consultation.hours.error.dayMissing");
		}
		if (day.isBefore(today())) {
			throw new DeskRefused("day", "consultation.hours.error.past");
		}
	}

	private void audit(DeskViewer viewer, long counselorId, String what) {
		audit.record(viewer.staff() ? AuditAction.ADMIN : AuditAction.CHANGE, "counselor_hours", counselorId, what);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FreeSlots.ZONE));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

package jp.manabi.portal.volunteer.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * What volunteers see of their own part: the apply form's shifts with the places left, their
 * applications, invitations and history with the hours per fiscal year, and the certificate of
 * activity. Only ever the signed-in account's own profile.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationViews {

	static final Set<AssignmentStatus> CURRENT = EnumSet.of(AssignmentStatus.APPLIED, AssignmentStatus.INVITED,
			AssignmentStatus.APPROVED);

	private final VolunteerRequestRepository requests;
	private final AssignmentRepository assignments;
	private final VolunteerProfileRepository profiles;
	private final ParticipationNames names;
	private final Accounts accounts;
	private final Clock clock;

	ParticipationViews(VolunteerRequestRepository requests, AssignmentRepository assignments,
			VolunteerProfileRepository profiles, ParticipationNames names, Accounts accounts, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.profiles = profiles;
		this.names = names;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A shift on the apply form: places left, the volunteer's own assignment to it, whether it can be chosen. */
	public record ShiftChoice(long shiftId, LocalDate date, LocalTime startsAt, LocalTime endsAt, int needed,
			int placesLeft, AssignmentStatus mine, boolean past) {

		public boolean selectable() {
			return !past && (mine == null || mine == AssignmentStatus.WITHDRAWN || mine == AssignmentStatus.DECLINED);
		}
	}

	/**
	 * The apply page. {@code registered} false: the page points to /mypage/volunteer instead.
	 * {@code organiser} is null for the ward's own requests.
	 */
	public record ApplyPage(VolunteerRequest request, String organiser, boolean registered, boolean open,
			List<ShiftChoice> shifts) {

		public boolean anySelectable() {
			return shifts.stream().anyMatch(ShiftChoice::selectable);
		}
	}

	public Optional<ApplyPage> applyPage(long requestId, long accountId) {
		var profile = profiles.findByAccountId(accountId);
		boolean registered = profile.map(p -> p.getStatus() == ProfileStatus.REGISTERED).orElse(false);
		var now = clock.instant();
		return requests.findWithShifts(requestId).filter(r -> r.getStatus() != RequestStatus.DRAFT).map(request -> {
			var choices = new ArrayList<ShiftChoice>();
			for (var shift : request.getShifts()) {
				long taken = assignments.countByShiftAndStatusIn(shift.getId(), AssignmentStatus.HOLDING_A_PLACE);
				AssignmentStatus mine = profile.isEmpty() ? null
						: assignments.findByShiftIdAndProfileId(shift.getId(), profile.get().getId())
								.map(Assignment::getStatus).orElse(null);
				choices.add(new ShiftChoice(shift.getId(), shift.getShiftDate(), shift.getStartsAt(),
						shift.getEndsAt(), shift.getNeeded(), (int) Math.max(0, shift.getNeeded() - taken), mine,
						ParticipationService.started(shift, now)));
			}
			return new ApplyPage(request, names.organiser(request), registered,
					request.isOpen(LocalDate.ofInstant(now, ParticipationService.ZONE)), choices);
		});
	}

	/** One of the volunteer's assignments as their pages list it. */
	public record WorkLine(long assignmentId, long requestId, String title, String organiser, LocalDate date,
			LocalTime startsAt, LocalTime endsAt, String place, AssignmentStatus status, BigDecimal hours,
			boolean started) {

		public boolean mayAnswer() {
			return status == AssignmentStatus.INVITED && !started;
		}

		public boolean mayWithdraw() {
			return (status == AssignmentStatus.APPLIED || status == AssignmentStatus.APPROVED) && !started;
		}

		/** Approved, the shift has begun, the coordinator has not logged the hours yet. */
		public boolean awaitingHours() {
			return status == AssignmentStatus.APPROVED && started;
		}
	}

	/** Hours served in one fiscal year. */
	public record YearHours(FiscalYear year, int activities, BigDecimal hours) {
	}

	/** The work page; {@code hasProfile} false: it points to /mypage/volunteer. */
	public record WorkPage(boolean hasProfile, List<WorkLine> current, List<WorkLine> history, List<YearHours> years,
			BigDecimal totalHours) {
	}

	public WorkPage workPage(long accountId) {
		var profile = profiles.findByAccountId(accountId);
		if (profile.isEmpty()) {
			return new WorkPage(false, List.of(), List.of(), List.of(), BigDecimal.ZERO);
		}
		var lines = lines(profile.get().getId());
		var current = lines.stream().filter(l -> CURRENT.contains(l.status()))
				.sorted(java.util.Comparator.comparing(WorkLine::date).thenComparing(WorkLine::startsAt)).toList();
		var history = lines.stream().filter(l -> !CURRENT.contains(l.status())).toList();
		var byYear = new TreeMap<FiscalYear, List<WorkLine>>(java.util.Comparator.reverseOrder());
		for (var line : lines) {
			if (line.status() == AssignmentStatus.COMPLETED) {
				byYear.computeIfAbsent(FiscalYear.of(line.date()), y -> new ArrayList<>()).add(line);
			}
		}
		var years = byYear.entrySet().stream()
				.map(e -> new YearHours(e.getKey(), e.getValue().size(), sum(e.getValue()))).toList();
		return new WorkPage(true, current, history, years,
				years.stream().map(YearHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** The certificate of activity (活動証明書) for a fiscal year: completed activities only. */
	public record Certificate(String volunteerName, FiscalYear year, List<WorkLine> activities, BigDecimal totalHours,
			LocalDate issuedOn) {

		public boolean empty() {
			return activities.isEmpty();
		}
	}

	/** The account's certificate; empty when they have no volunteer profile. */
	public Optional<Certificate> certificate(long accountId, FiscalYear year) {
		var profile = profiles.findByAccountId(accountId);
		if (profile.isEmpty()) {
			return Optional.empty();
		}
		var done = lines(profile.get().getId()).stream()
				.filter(l -> l.status() == AssignmentStatus.COMPLETED && year.contains(l.date()))
				.sorted(java.util.Comparator.comparing(WorkLine::date).thenComparing(WorkLine::startsAt)).toList();
		String name = accounts.find(accountId).map(AccountSummary::displayName).orElse("");
		return Optional.of(new Certificate(name, year, done, sum(done),
				LocalDate.ofInstant(clock.instant(), ParticipationService.ZONE)));
	}

	private List<WorkLine> lines(long profileId) {
		var now = clock.instant();
		var organisers = new java.util.HashMap<Long, Optional<String>>();
		return assignments.findHistory(profileId).stream().map(a -> {
			var shift = a.getShift();
			var request = shift.getRequest();
			String organiser = organisers
					.computeIfAbsent(request.getId(), id -> Optional.ofNullable(names.organiser(request))).orElse(null);
			return new WorkLine(a.getId(), request.getId(), request.getTitle(), organiser, shift.getShiftDate(),
					shift.getStartsAt(), shift.getEndsAt(), request.getPlace(), a.getStatus(), a.getHours(),
					ParticipationService.started(shift, now));
		}).toList();
	}

	private static BigDecimal sum(List<WorkLine> lines) {
		return lines.stream().map(WorkLine::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}

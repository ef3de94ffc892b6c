package jp.manabi.portal.course.domain;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.Residency;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.LotteryEvents.LotteryResult;
import jp.manabi.portal.course.LotteryEvents.OfferExpired;
import jp.manabi.portal.course.SelectionMethod;

/**
 * The lottery (抽選) of a course: once its application window has closed, its entries are drawn
 * once ({@link LotteryDraw}, priority tiers from the course's rules, a fresh recorded seed), the
 * winners get places (or an offer to confirm by the course's deadline) and the rest wait in drawn
 * order. Everything happens under the course's row lock, so a draw by hand and the scheduled job
 * cannot both draw a course, and places cannot be given twice.
 */
@Service
@Transactional
public class LotteryService {

	/** Where a course's lottery stands, for the staff page; {@code tiers} as drawn once there is a draw. */
	public record Overview(Course course, LotteryTiers tiers, long entries, int places, Integer childcarePlaces,
			boolean drawable, String notDrawableKey, Optional<LotteryDrawRecord> draw, String drawnByName) {
	}

	/** One application in a drawn (or previewed) order, with who it is. */
	public record Row(int rank, int tier, long applicationId, boolean won, String name, String furigana,
			int children, boolean takenAtCounter, ApplicationStatus status) {
	}

	/** What a draw did. */
	public record Outcome(long drawId, String seed, int entries, int winners) {
	}

	private final CourseRepository courses;
	private final LotteryApplications applications;
	private final LotteryDrawRepository draws;
	private final Accounts accounts;
	private final Places places;
	private final ApplicationHistory history;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final JdbcTemplate jdbc;

	LotteryService(CourseRepository courses, LotteryApplications applications, LotteryDrawRepository draws,
			Accounts accounts, Places places, ApplicationHistory history, AuditLog audit,
			ApplicationEventPublisher events, MessageSource messages, Clock clock, JdbcTemplate jdbc) {
		this.courses = courses;
		this.applications = applications;
		this.draws = draws;
		this.accounts = accounts;
		this.places = places;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Entries, places, rules and the draw if there was one: no names, so no audit entry. */
	@Transactional(readOnly = true)
	public Overview overview(long courseId) {
		var course = courses.findById(courseId).orElseThrow(() -> new LotteryRefused("lottery.refused.unknown"));
		var draw = draws.findByCourseId(courseId);
		String refusal = draw.isPresent() ? "lottery.refused.alreadyDrawn" : whyNotDrawable(course, clock.instant());
		String drawnBy = draw.map(LotteryDrawRecord::getDrawnBy).flatMap(accounts::find)
				.map(AccountSummary::displayName).orElse(null);
		// Once drawn, the rules the draw was made with, whatever the course says now.
		var tiers = draw.map(d -> LotteryTiers.fromCode(d.getTierRules()))
				.orElseGet(() -> LotteryTiers.of(course.applicationRules()));
		return new Overview(course, tiers, applications.countEntries(courseId),
				places.seatsFree(course), course.isChildcareOffered() ? places.childcareFree(course) : null,
				refusal == null, refusal, draw, drawnBy);
	}

	/**
	 * A dry run with a fresh seed: the order the entries would be drawn in now. Nothing is
	 * stored but the audit entry for the names shown.
	 */
	public List<Row> preview(long courseId) {
		var course = courses.findById(courseId).orElseThrow(() -> new LotteryRefused("lottery.refused.unknown"));
		if (course.getSelectionMethod() != SelectionMethod.LOTTERY) {
			throw new LotteryRefused("lottery.refused.notLottery");
		}
		var entries = applications.entriesOf(courseId);
		var people = peopleOf(entries);
		var tiers = tiersOf(course, entries, people, clock.instant());
		var result = LotteryDraw.draw(toDrawEntries(entries, tiers), places.seatsFree(course),
				course.isChildcareOffered() ? places.childcareFree(course) : 0, LotteryDraw.newSeed());
		var byId = new HashMap<Long, CourseApplication>();
		entries.forEach(a -> byId.put(a.getId(), a));
		var rows = new ArrayList<Row>(entries.size());
		for (var ticket : result.order()) {
			rows.add(row(byId.get(ticket.applicationId()), ticket.rank(), ticket.tier(), ticket.won(), people));
		}
		audit.record(AuditAction.VIEW, "lottery_draw", courseId, "preview");
		return rows;
	}

	/** The stored result in drawn order, with names: recorded in the audit log. */
	public List<Row> results(long courseId) {
		var drawn = applications.drawnOf(courseId);
		var people = peopleOf(drawn);
		var rows = new ArrayList<Row>(drawn.size());
		for (var a : drawn) {
			rows.add(row(a, a.getLotteryRank(), a.getLotteryTier(), Boolean.TRUE.equals(a.getLotteryWon()), people));
		}
		audit.record(AuditAction.VIEW, "lottery_draw", courseId, "result");
		return rows;
	}

	/**
	 * Draws the course, once. Only a published lottery course whose window has closed; a second
	 * draw is refused, also when two start at the same moment: the row lock queues them, and the
	 * second cannot store its draw (unique per course) and rolls back.
	 *
	 * <p>A fixed number of statements however many entries: the entries, their accounts and their
	 * recent courses in one query each, the changes in one update, the history in one insert.
	 * The people are told by {@link #tellResults}, in a transaction of its own: the job draws every
	 * course first and tells afterwards, so that mail does not slow the draws down.
	 *
	 * @param staffAccountId who drew by hand; null for the scheduled job
	 */
	public Outcome draw(long courseId, Long staffAccountId) {
		var now = clock.instant();
		var course = courses.findForUpdate(courseId).orElseThrow(() -> new LotteryRefused("lottery.refused.unknown"));
		String refusal = whyNotDrawable(course, now);
		if (refusal != null) {
			throw new LotteryRefused(refusal);
		}
		// Staff pressing the button twice learn so at once. The job only picks courses without a
		// draw; a draw stored meanwhile (by whoever held the lock before us) is refused by the unique
		// constraint when ours is stored below, one statement fewer for each of thousands of courses.
		if (staffAccountId != null && draws.existsByCourseId(courseId)) {
			throw new LotteryRefused("lottery.refused.alreadyDrawn");
		}
		var entries = applications.entriesToDraw(courseId);
		var rules = course.applicationRules();
		var lotteryTiers = LotteryTiers.of(rules);
		// Residency is needed only for the tiers; names and addresses are the mail's business.
		Map<Long, AccountSummary> people = lotteryTiers.residentsFirst() ? peopleOf(entries) : Map.of();
		var tiers = tiersOf(course, entries, people, now);
		var taken = applications.placesTaken(courseId);
		int seats = (int) Math.max(0, course.getCapacity() - taken.getSeats());
		Integer childcare = course.isChildcareOffered()
				? (int) Math.max(0, course.getChildcareCapacity() - taken.getChildcare())
				: null;
		String seed = LotteryDraw.newSeed();
		var result = LotteryDraw.draw(toDrawEntries(entries, tiers), seats, childcare == null ? 0 : childcare, seed);

		var record = new LotteryDrawRecord(courseId, seed, lotteryTiers.code(), seats, childcare, entries.size(),
				result.winners().size(), now, staffAccountId);
		try {
			// Inserted at once (an identity column): a second draw fails here, before anything changed.
			draws.save(record);
		}
		catch (DataIntegrityViolationException violation) {
			// Drawn while we waited for the lock (by hand and by the job at once, or by another node).
			if (String.valueOf(violation.getMessage()).contains("lottery_draw_once_per_course")) {
				throw new LotteryRefused("lottery.refused.alreadyDrawn");
			}
			throw violation;
		}

		var byId = new HashMap<Long, CourseApplication>();
		entries.forEach(a -> byId.put(a.getId(), a));
		var confirmBy = rules.lotteryConfirmBy();
		var drawn = new ArrayList<CourseApplication>(entries.size());
		for (var ticket : result.order()) {
			var application = byId.get(ticket.applicationId());
			application.drawn(ticket.tier(), ticket.rank(), ticket.won(), confirmBy, now);
			drawn.add(application);
		}
		writeDrawn(drawn, staffAccountId, now);
		return new Outcome(record.getId(), seed, entries.size(), result.winners().size());
	}

	/**
	 * Tells everyone drawn for the course their result: one {@link LotteryResult} each (their
	 * mail), a winner with the deadline to confirm by if there is one, a loser with their place on
	 * the waiting list (among those who lost, in drawn order). Exactly once: the draw row is locked
	 * and marked told in the same transaction that stores the events. Returns how many were told.
	 */
	public int tellResults(long courseId) {
		var draw = draws.findForUpdate(courseId).orElse(null);
		if (draw == null || draw.getResultsToldAt() != null) {
			return 0;
		}
		String title = courses.findById(courseId).map(Course::getTitle).orElse("");
		int told = 0;
		int waitingPosition = 0;
		for (var a : applications.drawnOf(courseId)) {
			boolean won = Boolean.TRUE.equals(a.getLotteryWon());
			int position = won ? 0 : ++waitingPosition;
			if (a.getAccountId() != null) {
				var confirmBy = won && a.getStatus() == ApplicationStatus.OFFERED ? a.getOfferExpiresAt() : null;
				events.publishEvent(new LotteryResult(a.getId(), courseId, a.getAccountId(), title, won, position,
						confirmBy));
				told++;
			}
		}
		draw.markTold(clock.instant());
		return told;
	}

	/**
	 * Writes every drawn entry, and its line in the history ({@link ApplicationHistory}: from
	 * ENTERED to its new status, by whoever drew), in one statement: a hundred thousand single-row
	 * updates and inserts were most of the time of a large draw. Only rows still ENTERED are
	 * touched (the course lock keeps them so); any other count means something changed
	 * underneath, and the draw rolls back.
	 */
	private void writeDrawn(List<CourseApplication> drawn, Long by, Instant now) {
		if (drawn.isEmpty()) {
			return;
		}
		int size = drawn.size();
		var ids = new Long[size];
		var statuses = new String[size];
		var tiers = new Integer[size];
		var ranks = new Integer[size];
		var won = new Boolean[size];
		Instant offerExpiresAt = null;
		for (int i = 0; i < size; i++) {
			var a = drawn.get(i);
			ids[i] = a.getId();
			statuses[i] = a.getStatus().name();
			tiers[i] = a.getLotteryTier();
			ranks[i] = a.getLotteryRank();
			won[i] = a.getLotteryWon();
			if (a.getOfferExpiresAt() != null) {
				offerExpiresAt = a.getOfferExpiresAt();
			}
		}
		var offerDeadline = offerExpiresAt == null ? null : offerExpiresAt.atOffset(ZoneOffset.UTC);
		var at = now.atOffset(ZoneOffset.UTC);
		int written = jdbc.query(connection -> {
			var update = connection.prepareStatement("""
					with drawn as (
					    update course_application a
					    set status = d.status, lottery_tier = d.tier, lottery_rank = d.rank, lottery_won = d.won,
					        offer_expires_at = case when d.status = 'OFFERED' then ?::timestamptz end,
					        decided_at = ?, version = a.version + 1
					    from unnest(?, ?, ?, ?, ?) as d (id, status, tier, rank, won)
					    where a.id = d.id and a.status = 'ENTERED'
					    returning a.id, a.status),
					changes as (
					    insert into course_application_change (application_id, from_status, to_status, changed_by, changed_at)
					    select id, 'ENTERED', status, ?, ? from drawn
					    returning 1)
					select count(*) from changes""");
			update.setObject(1, offerDeadline);
			update.setObject(2, at);
			update.setArray(3, connection.createArrayOf("bigint", ids));
			update.setArray(4, connection.createArrayOf("varchar", statuses));
			update.setArray(5, connection.createArrayOf("integer", tiers));
			update.setArray(6, connection.createArrayOf("integer", ranks));
			update.setArray(7, connection.createArrayOf("boolean", won));
			update.setObject(8, by);
			update.setObject(9, at);
			return update;
		}, (ResultSet rows) -> rows.next() ? rows.getInt(1) : 0);
		if (written != size) {
			throw new IllegalStateException("drew " + size + " entries but " + written + " were still entered");
		}
	}

	/** Courses drawn whose people have not been told yet (a failure between draw and telling). */
	@Transactional(readOnly = true)
	public List<Long> untoldDraws() {
		return draws.untold();
	}

	/** The job's work: published lottery courses whose window has closed, not drawn yet. */
	@Transactional(readOnly = true)
	public List<Long> coursesToDraw() {
		return draws.coursesToDraw(clock.instant());
	}

	/** A winner confirms their place before the deadline (当選の確認). */
	public void confirmOffer(long applicationId, long accountId) {
		var now = clock.instant();
		// The course first: the job that passes on late offers takes the same lock.
		long courseId = applications.courseOf(applicationId, accountId)
				.orElseThrow(() -> new LotteryRefused("lottery.confirm.refused.unknown"));
		courses.findForUpdate(courseId).orElseThrow(() -> new LotteryRefused("lottery.confirm.refused.unknown"));
		var application = applications.findByIdAndAccountId(applicationId, accountId)
				.orElseThrow(() -> new LotteryRefused("lottery.confirm.refused.unknown"));
		if (application.getStatus() == ApplicationStatus.CONFIRMED) {
			throw new LotteryRefused("lottery.confirm.refused.already");
		}
		if (application.getStatus() != ApplicationStatus.OFFERED) {
			throw new LotteryRefused("lottery.confirm.refused.notOffered");
		}
		if (!now.isBefore(application.getOfferExpiresAt())) {
			throw new LotteryRefused("lottery.confirm.refused.expired");
		}
		application.confirmOffer(now);
		history.record(application, ApplicationStatus.OFFERED, null, accountId);
	}

	/** Courses where a winner let the confirmation deadline pass. */
	@Transactional(readOnly = true)
	public List<Long> coursesWithExpiredOffers() {
		return applications.coursesWithExpiredOffers(clock.instant());
	}

	/**
	 * Offers of the course not confirmed by their deadline are cancelled, and their places go to
	 * the waiting list in drawn order. Returns how many offers expired.
	 */
	public int expireOffers(long courseId) {
		var now = clock.instant();
		var course = courses.findForUpdate(courseId).orElseThrow(() -> new LotteryRefused("lottery.refused.unknown"));
		var expired = applications.expiredOffersOf(courseId, now);
		if (expired.isEmpty()) {
			return 0;
		}
		// Stored with the application for staff, who work in Japanese; the resident is told by mail in theirs.
		String reason = messages.getMessage("lottery.offer.expiredReason", null, Locale.JAPANESE);
		for (var application : expired) {
			application.cancel(reason, null, now);
			history.record(application, ApplicationStatus.OFFERED, reason, null);
			if (application.getAccountId() != null) {
				events.publishEvent(new OfferExpired(application.getId(), courseId, application.getAccountId(),
						course.getTitle()));
			}
		}
		places.promoteWaiting(course, now);
		return expired.size();
	}

	/** The message key saying why the course cannot be drawn now; null when it can. */
	private static String whyNotDrawable(Course course, Instant now) {
		if (course.getSelectionMethod() != SelectionMethod.LOTTERY) {
			return "lottery.refused.notLottery";
		}
		if (course.getStatus() != CourseStatus.PUBLISHED) {
			return "lottery.refused.notPublished";
		}
		if (now.isBefore(course.getApplicationClosesAt())) {
			return "lottery.refused.notClosed";
		}
		return null;
	}

	/** Each entry's tier, from the course's rules: one query for the accounts, one for recent courses. */
	private Map<Long, Integer> tiersOf(Course course, List<CourseApplication> entries,
			Map<Long, AccountSummary> people, Instant now) {
		var tiers = LotteryTiers.of(course.applicationRules());
		var result = new HashMap<Long, Integer>();
		if (tiers.isNone()) {
			entries.forEach(a -> result.put(a.getId(), 0));
			return result;
		}
		Set<Long> recent = tiers.firstTimersFirst() ? attendedRecently(accountIds(entries), tiers.firstTimerMonths(), now)
				: Set.of();
		for (var a : entries) {
			Residency residency = null;
			if (a.getAccountId() != null) {
				var person = people.get(a.getAccountId());
				residency = person == null || person.residency() == null ? Residency.OTHER : person.residency();
			}
			result.put(a.getId(), tiers.tierOf(residency, a.getAccountId() != null && recent.contains(a.getAccountId())));
		}
		return result;
	}

	/**
	 * Of these people, those who had a place (確定) on a course whose last session ended in the last
	 * {@code months} months. Their own confirmed applications first (by account, a handful each),
	 * then their courses: the fence keeps the database from starting at the courses instead, which
	 * it would with the dates as parameters of a prepared statement.
	 */
	private Set<Long> attendedRecently(List<Long> accountIds, int months, Instant now) {
		var recent = new HashSet<Long>();
		if (accountIds.isEmpty()) {
			return recent;
		}
		var since = now.atZone(Course.ZONE).minusMonths(months).toOffsetDateTime();
		var until = now.atOffset(ZoneOffset.UTC);
		jdbc.query(connection -> {
			var query = connection.prepareStatement("""
					with theirs as materialized (
					    select account_id, course_id from course_application
					    where account_id = any (?) and status = 'CONFIRMED')
					select distinct theirs.account_id from theirs join course c on c.id = theirs.course_id
					where c.last_session_ends_at >= ? and c.last_session_ends_at <= ?""");
			query.setArray(1, connection.createArrayOf("bigint", accountIds.toArray(Long[]::new)));
			query.setObject(2, since);
			query.setObject(3, until);
			return query;
		}, (ResultSet row) -> {
			recent.add(row.getLong(1));
		});
		return recent;
	}

	private static List<LotteryDraw.Entry> toDrawEntries(List<CourseApplication> entries, Map<Long, Integer> tiers) {
		return entries.stream()
				.map(a -> new LotteryDraw.Entry(a.getId(), tiers.get(a.getId()), a.childcarePlaces())).toList();
	}

	private Map<Long, AccountSummary> peopleOf(List<CourseApplication> applications) {
		return accounts.findAll(accountIds(applications));
	}

	private static List<Long> accountIds(List<CourseApplication> applications) {
		return applications.stream().map(CourseApplication::getAccountId).filter(id -> id != null).distinct().toList();
	}

	private static Row row(CourseApplication a, int rank, int tier, boolean won, Map<Long, AccountSummary> people) {
		String name = a.getApplicantName();
		String furigana = a.getApplicantFurigana();
		if (a.getAccountId() != null) {
			var person = people.get(a.getAccountId());
			name = person == null ? null : person.displayName();
			furigana = person == null ? null : person.furigana();
		}
		return new Row(rank, tier, a.getId(), won, name, furigana, a.childcarePlaces(), a.isTakenAtCounter(),
				a.getStatus());
	}
}

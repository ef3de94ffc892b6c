package jp.manabi.portal.course.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.circle.CircleSummary;
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.ProposalEvents.ProposalDecided;
import jp.manabi.portal.course.ProposalEvents.ProposalReceived;
import jp.manabi.portal.course.ProposalEvents.ProposalUnderReview;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;

/**
 * Resident-proposed courses (市民提案型講座): residents and circles propose, staff review, and an
 * adopted proposal becomes a draft course prefilled from it. The draft is only a start: staff
 * set sessions, capacity and the window before publishing it, as for any course.
 */
@Service
@Transactional
public class ProposalService {

	static final Set<ProposalStatus> OPEN = EnumSet.of(ProposalStatus.RECEIVED, ProposalStatus.UNDER_REVIEW);

	/** A draft's defaults until staff change them. */
	static final int DRAFT_CAPACITY = 20;
	static final int DRAFT_OPENS_IN_DAYS = 30;
	static final int DRAFT_WINDOW_DAYS = 14;

	private final CourseProposalRepository proposals;
	private final CourseService courses;
	private final CourseRepository courseRepository;
	private final Circles circles;
	private final Plans plans;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	ProposalService(CourseProposalRepository proposals, CourseService courses, CourseRepository courseRepository, Circles circles, Plans plans,
			AuditLog audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.proposals = proposals;
		this.courses = courses;
		this.courseRepository = courseRepository;
		this.circles = circles;
		this.plans = plans;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The circles a resident may propose on behalf of: those they lead or co-lead. */
	@Transactional(readOnly = true)
	public List<CircleSummary> circlesOf(long accountId) {
		return circles.managedBy(accountId);
	}

	/** What a proposal may serve: the active plan's actions (or measures where it lists none). */
	@Transactional(readOnly = true)
	public List<PlanNodeRef> planTargets() {
		return plans.linkTargets();
	}

	public long submit(long accountId, ProposalContent content) {
		if (content.circleId() != null && !circles.manages(content.circleId(), accountId)) {
			throw new ProposalRefused("circleId", "proposal.refused.notYourCircle");
		}
		if (content.planNodeId() != null
				&& planTargets().stream().noneMatch(n -> n.id() == content.planNodeId().longValue())) {
			throw new ProposalRefused("planNodeId", "proposal.refused.unknownPlanNode");
		}
		var proposal = proposals.save(new CourseProposal(accountId, content));
		events.publishEvent(new ProposalReceived(proposal.getId(), accountId, proposal.getTheme()));
		return proposal.getId();
	}

	@Transactional(readOnly = true)
	public List<CourseProposal> mine(long accountId) {
		return proposals.findByProposerIdOrderByCreatedAtDesc(accountId);
	}

	/** The resident's own proposal; someone else's is as absent as one that does not exist. */
	@Transactional(readOnly = true)
	public Optional<CourseProposal> findMine(long proposalId, long accountId) {
		return proposals.findByIdAndProposerId(proposalId, accountId);
	}

	@Transactional(readOnly = true)
	public Page<CourseProposal> queue(boolean decided, Pageable page) {
		return proposals.findByStatusInOrderByCreatedAtAsc(
				decided ? EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.REJECTED) : OPEN, page);
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return proposals.countByStatusIn(OPEN);
	}

	/** For staff; the view is logged because a proposal names the resident who made it. */
	public Optional<CourseProposal> findForStaff(long proposalId) {
		var proposal = proposals.findById(proposalId);
		proposal.ifPresent(p -> audit.record(AuditAction.VIEW, "course_proposal", p.getId(), "proposer " + p.getProposerId()));
		return proposal;
	}

	/** The course an adopted proposal became, once residents can see it. */
	@Transactional(readOnly = true)
	public Optional<Long> publishedCourseOf(CourseProposal proposal) {
		return Optional.ofNullable(proposal.getCourseId()).flatMap(courseRepository::findById)
				.filter(c -> c.getStatus() == CourseStatus.PUBLISHED || c.getStatus() == CourseStatus.HELD)
				.map(Course::getId);
	}

	@Transactional(readOnly = true)
	public Optional<Long> proposalOfCourse(long courseId) {
		return proposals.findByCourseId(courseId).map(CourseProposal::getId);
	}

	public void startReview(long proposalId, long expectedVersion, long staffId) {
		var proposal = open(proposalId, expectedVersion);
		if (proposal.getStatus() != ProposalStatus.RECEIVED) {
			throw new ProposalRefused(null, "proposal.refused.alreadyInReview");
		}
		proposal.startReview();
		audit.record(AuditAction.CHANGE, "course_proposal", proposalId, "under review by " + staffId);
		events.publishEvent(new ProposalUnderReview(proposalId, proposal.getProposerId(), proposal.getTheme()));
	}

	public void reject(long proposalId, long expectedVersion, String reason, long staffId) {
		var proposal = open(proposalId, expectedVersion);
		proposal.reject(reason, staffId, clock.instant());
		audit.record(AuditAction.CHANGE, "course_proposal", proposalId, "rejected by " + staffId);
		events.publishEvent(new ProposalDecided(proposalId, proposal.getProposerId(), proposal.getTheme(), false, reason));
	}

	/**
	 * Adopts the proposal: a draft course is made from it (organised by residents, linked to the
	 * plan node the proposal serves) and the proposal links to it. Returns the course's id.
	 */
	public long adopt(long proposalId, long expectedVersion, String categoryCode, Long venueId, boolean online,
			String reason, long staffId) {
		var proposal = open(proposalId, expectedVersion);
		long courseId = courses.create(draftOf(proposal, categoryCode, venueId, online), List.of(),
				proposal.getPlanNodeId() == null ? Set.of() : Set.of(proposal.getPlanNodeId()));
		proposal.adopt(courseId, reason, staffId, clock.instant());
		audit.record(AuditAction.CHANGE, "course_proposal", proposalId, "adopted as course " + courseId + " by " + staffId);
		events.publishEvent(new ProposalDecided(proposalId, proposal.getProposerId(), proposal.getTheme(), true, reason));
		return courseId;
	}

	private CourseProposal open(long proposalId, long expectedVersion) {
		var proposal = proposals.findById(proposalId).orElseThrow(() -> new ProposalRefused(null, "proposal.refused.notFound"));
		if (proposal.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(CourseProposal.class, proposalId);
		}
		if (proposal.getStatus().decided()) {
			throw new ProposalRefused(null, "proposal.refused.alreadyDecided");
		}
		return proposal;
	}

	private CourseDetails draftOf(CourseProposal proposal, String categoryCode, Long venueId, boolean online) {
		// Course texts are written in Japanese first; staff add English when they publish.
		Locale ja = Locale.JAPANESE;
		String organizer = Optional.ofNullable(proposal.getCircleId()).flatMap(circles::find).map(CircleSummary::name)
				.orElseGet(() -> messages.getMessage("proposal.course.organizer", null, ja));
		String description = messages.getMessage("proposal.course.description", new Object[] { proposal.getOutline(),
				proposal.getProposedInstructor(), proposal.getAudience(), proposal.getPreferredTimes(), proposal.getId() },
				ja);
		LocalDate opens = LocalDate.now(clock.withZone(Course.ZONE)).plusDays(DRAFT_OPENS_IN_DAYS);
		Instant opensAt = opens.atTime(LocalTime.of(9, 0)).atZone(Course.ZONE).toInstant();
		Instant closesAt = opens.plusDays(DRAFT_WINDOW_DAYS).atTime(LocalTime.of(17, 0)).atZone(Course.ZONE).toInstant();
		return new CourseDetails(proposal.getTheme(), null, shorten(proposal.getOutline(), 500), null,
				shorten(description, 10000), categoryCode, OrganizerType.RESIDENTS, shorten(organizer, 200), venueId,
				venueId == null && online, DRAFT_CAPACITY, 0, opensAt, closesAt, SelectionMethod.FIRST_COME,
				Eligibility.RESIDENTS_WORKERS_STUDENTS, null, null, false, null, null, null, false, false, Set.of());
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}

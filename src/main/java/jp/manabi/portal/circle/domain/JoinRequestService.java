package jp.manabi.portal.circle.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.circle.JoinEvents.JoinDecided;
import jp.manabi.portal.circle.JoinEvents.JoinMessagePosted;
import jp.manabi.portal.circle.JoinEvents.JoinRequested;

/**
 * 入会希望: a resident asks to join a listed, recruiting circle with a message; the circle's
 * managers (leader and co-leaders) answer in a thread, accept or decline; the resident may
 * withdraw while it is open. A thread is reachable only by its resident and the circle's
 * managers; to anyone else it does not exist ({@link JoinNotFound}).
 */
@Service
@Transactional
public class JoinRequestService {

	/** Circles meet in the municipality: "today" is Japan's. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final JoinRequestRepository requests;
	private final JoinMessageRepository messages;
	private final CircleRepository circles;
	private final CircleMemberRepository members;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JoinRequestService(JoinRequestRepository requests, JoinMessageRepository messages, CircleRepository circles,
			CircleMemberRepository members, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.circles = circles;
		this.members = members;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a join request with its first message. Requests to one circle queue on the circle's
	 * row lock, so a double submit finds the first one's request and is refused cleanly; the
	 * partial unique index stays as the last guard.
	 *
	 * @throws JoinNotFound when the circle is not listed
	 * @throws JoinRefused when it is not recruiting, the person is in it already or has asked already
	 */
	public long ask(long circleId, long accountId, String message) {
		var circle = circles.findForUpdate(circleId).filter(c -> c.isListed(today())).orElseThrow(JoinNotFound::new);
		if (!circle.isRecruiting()) {
			throw new JoinRefused("circle.join.refused.notRecruiting");
		}
		var membership = members.findByCircleIdAndAccountId(circleId, accountId);
		if (membership.isPresent()) {
			throw new JoinRefused(membership.get().getRole().manages() ? "circle.join.refused.ownCircle"
					: "circle.join.refused.alreadyMember");
		}
		if (requests.existsByCircleIdAndAccountIdAndStatus(circleId, accountId, JoinStatus.PENDING)) {
			throw new JoinRefused("circle.join.refused.alreadyAsked");
		}
		Instant now = clock.instant();
		var request = requests.saveAndFlush(new JoinRequest(circleId, accountId, now));
		messages.save(new JoinMessage(request.getId(), accountId, message.strip(), now));
		events.publishEvent(new JoinRequested(request.getId(), circleId, circle.getName(), accountId,
				managerIds(circleId)));
		return request.getId();
	}

	/** A message from either side, while the request is open or accepted. */
	public void reply(long requestId, long accountId, String body) {
		var request = requests.findForUpdate(requestId).orElseThrow(JoinNotFound::new);
		boolean fromRequester = request.getAccountId() == accountId;
		if (!fromRequester && !manages(request.getCircleId(), accountId)) {
			throw new JoinNotFound();
		}
		if (!request.getStatus().takesMessages()) {
			throw new JoinRefused("circle.join.refused.closed");
		}
		messages.save(new JoinMessage(requestId, accountId, body.strip(), clock.instant()));
		var recipients = fromRequester ? managerIds(request.getCircleId()) : List.of(request.getAccountId());
		events.publishEvent(new JoinMessagePosted(requestId, request.getCircleId(), circleName(request.getCircleId()),
				request.getAccountId(), fromRequester, recipients));
	}

	/** A manager accepts: the resident becomes a member (the member count the leader keeps is left alone). */
	public void accept(long requestId, long managerId) {
		var request = pendingForManager(requestId, managerId);
		request.accept(managerId, clock.instant());
		if (members.findByCircleIdAndAccountId(request.getCircleId(), request.getAccountId()).isEmpty()) {
			members.save(new CircleMember(request.getCircleId(), request.getAccountId(), CircleRole.MEMBER));
		}
		events.publishEvent(new JoinDecided(requestId, request.getCircleId(), circleName(request.getCircleId()),
				request.getAccountId(), true));
	}

	/** A manager declines, with an optional note that goes into the thread. */
	public void decline(long requestId, long managerId, String note) {
		var request = pendingForManager(requestId, managerId);
		Instant now = clock.instant();
		request.decline(managerId, now);
		if (note != null && !note.isBlank()) {
			messages.save(new JoinMessage(requestId, managerId, note.strip(), now));
		}
		events.publishEvent(new JoinDecided(requestId, request.getCircleId(), circleName(request.getCircleId()),
				request.getAccountId(), false));
	}

	/** The resident takes back an open request. */
	public void withdraw(long requestId, long accountId) {
		var request = requests.findForUpdate(requestId).filter(r -> r.getAccountId() == accountId)
				.orElseThrow(JoinNotFound::new);
		if (request.getStatus() != JoinStatus.PENDING) {
			throw new JoinRefused("circle.join.refused.notPending");
		}
		request.withdraw();
	}

	/** The thread, for its resident or one of the circle's managers. */
	@Transactional(readOnly = true)
	public JoinThread thread(long requestId, long accountId) {
		var request = requests.findById(requestId).orElseThrow(JoinNotFound::new);
		boolean requester = request.getAccountId() == accountId;
		boolean manager = !requester && manages(request.getCircleId(), accountId);
		if (!requester && !manager) {
			throw new JoinNotFound();
		}
		String circleName = circleName(request.getCircleId());
		String requesterName = accounts.find(request.getAccountId()).map(AccountSummary::displayName).orElse("");
		var entries = messages.findByRequestIdOrderByCreatedAtAscIdAsc(requestId).stream()
				.map(m -> {
					boolean fromRequester = m.getAuthorId() == request.getAccountId();
					return new JoinThread.Entry(fromRequester ? requesterName : circleName, fromRequester, m.getBody(),
							m.getCreatedAt());
				}).toList();
		return new JoinThread(requestId, request.getCircleId(), circleName, requesterName, request.getStatus(),
				request.getCreatedAt(), manager, entries);
	}

	/** The resident's own requests, newest first. */
	@Transactional(readOnly = true)
	public List<JoinRow> mine(long accountId) {
		var mine = requests.findByAccountIdOrderByCreatedAtDescIdDesc(accountId);
		Map<Long, String> names = circles.findAllById(mine.stream().map(JoinRequest::getCircleId).distinct().toList())
				.stream().collect(Collectors.toMap(Circle::getId, Circle::getName));
		return mine.stream().map(r -> new JoinRow(r.getId(), r.getCircleId(), names.getOrDefault(r.getCircleId(), ""),
				null, r.getStatus(), r.getCreatedAt())).toList();
	}

	/** The requests to a circle, for its managers only (empty for anyone else). */
	@Transactional(readOnly = true)
	public Optional<CircleJoins> toCircle(long circleId, long managerId) {
		if (!manages(circleId, managerId)) {
			return Optional.empty();
		}
		var circle = circles.findById(circleId).orElse(null);
		if (circle == null) {
			return Optional.empty();
		}
		var list = requests.findByCircleIdOrderByCreatedAtDescIdDesc(circleId);
		var people = accounts.findAll(list.stream().map(JoinRequest::getAccountId).distinct().toList());
		var rows = list.stream().map(r -> new JoinRow(r.getId(), circleId, circle.getName(),
				Optional.ofNullable(people.get(r.getAccountId())).map(AccountSummary::displayName).orElse(""),
				r.getStatus(), r.getCreatedAt())).toList();
		return Optional.of(new CircleJoins(circleId, circle.getName(), rows));
	}

	/** The requests to one circle, as its managers see them. */
	public record CircleJoins(long circleId, String circleName, List<JoinRow> requests) {
	}

	/** What the join button does for this person on this circle's page. */
	@Transactional(readOnly = true)
	public JoinState stateFor(Circle circle, Long accountId) {
		if (accountId == null) {
			return JoinState.of(circle.isRecruiting() ? JoinState.Kind.ANONYMOUS : JoinState.Kind.NOT_RECRUITING);
		}
		var membership = members.findByCircleIdAndAccountId(circle.getId(), accountId);
		if (membership.isPresent()) {
			return JoinState.of(membership.get().getRole().manages() ? JoinState.Kind.MANAGES : JoinState.Kind.MEMBER);
		}
		var open = requests.findFirstByCircleIdAndAccountIdAndStatus(circle.getId(), accountId, JoinStatus.PENDING);
		if (open.isPresent()) {
			return new JoinState(JoinState.Kind.PENDING, open.get().getId());
		}
		return JoinState.of(circle.isRecruiting() ? JoinState.Kind.CAN_ASK : JoinState.Kind.NOT_RECRUITING);
	}

	private JoinRequest pendingForManager(long requestId, long managerId) {
		var request = requests.findForUpdate(requestId).orElseThrow(JoinNotFound::new);
		if (request.getAccountId() == managerId || !manages(request.getCircleId(), managerId)) {
			throw new JoinNotFound();
		}
		if (request.getStatus() != JoinStatus.PENDING) {
			throw new JoinRefused("circle.join.refused.notPending");
		}
		return request;
	}

	private boolean manages(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).map(m -> m.getRole().manages()).orElse(false);
	}

	private List<Long> managerIds(long circleId) {
		return members.findByCircleIdOrderByJoinedAtAsc(circleId).stream().filter(m -> m.getRole().manages())
				.map(CircleMember::getAccountId).toList();
	}

	private String circleName(long circleId) {
		return circles.findById(circleId).map(Circle::getName).orElse("");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

}

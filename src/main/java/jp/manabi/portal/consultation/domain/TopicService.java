package jp.manabi.portal.consultation.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.plan.Plans;

/**
 * Staff manage the consultation topics: names, rules, channels and the plan actions each serves.
 * The rules are checked here with the field they concern, and again by the database's checks,
 * whose refusals are turned into the same messages.
 */
@Service
@Transactional
public class TopicService {

	/** Which field a database check speaks for. */
	private static final Map<String, String> CHECK_FIELDS = Map.of(
			"consultation_topic_slot_sane", "slotMinutes",
			"consultation_topic_buffer_sane", "bufferMinutes",
			"consultation_topic_window", "bookUntilDays",
			"consultation_topic_cutoff", "cancelUntilHours",
			"consultation_topic_code_key", "code");

	private final TopicRepository topics;
	private final Plans plans;
	private final AuditLog audit;

	TopicService(TopicRepository topics, Plans plans, AuditLog audit) {
		this.topics = topics;
		this.plans = plans;
		this.audit = audit;
	}

	/** What staff set on a topic. */
	public record TopicChange(String nameJa, String nameEn, String descriptionJa, String descriptionEn,
			BookingRules rules, Set<Channel> channels, boolean active, int position, Set<Long> planNodeIds) {
	}

	@Transactional(readOnly = true)
	public List<Topic> all() {
		return topics.findAll(org.springframework.data.domain.Sort.by("position", "id"));
	}

	@Transactional(readOnly = true)
	public Topic find(long id) {
		var topic = topics.findById(id).orElseThrow(DeskNotFound::new);
		topic.getPlanNodeIds().size();
		return topic;
	}

	public long create(String code, TopicChange change) {
		if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new DeskRefused("code", "consultation.admin.topic.error.code");
		}
		check(change);
		var topic = new Topic(code, change.nameJa(), change.nameEn(), change.rules(), change.channels());
		apply(topic, change);
		long id = flush(() -> topics.saveAndFlush(topic)).getId();
		audit.record(AuditAction.ADMIN, "consultation_topic", id, "created " + code);
		return id;
	}

	public void update(long id, long expectedVersion, TopicChange change) {
		var topic = topics.findById(id).orElseThrow(DeskNotFound::new);
		if (topic.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Topic.class, id);
		}
		check(change);
		topic.change(change.rules(), change.channels());
		apply(topic, change);
		flush(() -> topics.saveAndFlush(topic));
		audit.record(AuditAction.ADMIN, "consultation_topic", id, "changed");
	}

	private void apply(Topic topic, TopicChange change) {
		topic.describe(change.nameJa().strip(), change.nameEn().strip(), change.descriptionJa(),
				change.descriptionEn(), change.active(), change.position());
		var scope = new LinkedHashSet<Long>();
		for (long nodeId : change.planNodeIds()) {
			var path = plans.path(nodeId);
			if (path.isEmpty()) {
				throw new DeskRefused("planNodeIds", "consultation.admin.topic.error.planNode");
			}
			path.forEach(node -> scope.add(node.id()));
		}
		topic.linkToPlan(new LinkedHashSet<>(change.planNodeIds()), scope);
	}

	/** The rules the database checks too, said first here so each message sits beside its field. */
	static void check(TopicChange change) {
		var rules = change.rules();
		if (rules.slotMinutes() < 10 || rules.slotMinutes() > 240) {
			throw new DeskRefused("slotMinutes", "consultation.admin.topic.error.slot");
		}
		if (rules.bufferMinutes() < 0 || rules.bufferMinutes() > 120) {
			throw new DeskRefused("bufferMinutes", "consultation.admin.topic.error.buffer");
		}
		if (rules.bookFromDays() < 0) {
			throw new DeskRefused("bookFromDays", "consultation.admin.topic.error.from");
		}
		if (rules.bookUntilDays() <= rules.bookFromDays() || rules.bookUntilDays() > 366) {
			throw new DeskRefused("bookUntilDays", "consultation.admin.topic.error.window");
		}
		if (rules.cancelUntilHours() < 0 || rules.cancelUntilHours() > 720) {
			throw new DeskRefused("cancelUntilHours", "consultation.admin.topic.error.cutoff");
		}
		if (change.channels().isEmpty()) {
			throw new DeskRefused("channels", "consultation.admin.topic.error.channels");
		}
	}

	private static Topic flush(java.util.function.Supplier<Topic> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException e) {
			String field = CHECK_FIELDS.get(DeskConstraints.violated(e));
			throw new DeskRefused(field == null ? "nameJa" : field,
					field == null ? "consultation.admin.topic.error.database"
							: "consultation.admin.topic.error.database." + field);
		}
	}
}

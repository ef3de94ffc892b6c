package jp.manabi.portal.consultation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.AccountSummary;
import jp.manabi.portal.account.Accounts;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;

/** Staff make COUNSELOR accounts counselors: the name residents see, their topics, active or not. */
@Service
@Transactional
public class CounselorService {

	private final CounselorRepository counselors;
	private final TopicRepository topics;
	private final Accounts accounts;
	private final AuditLog audit;

	CounselorService(CounselorRepository counselors, TopicRepository topics, Accounts accounts, AuditLog audit) {
		this.counselors = counselors;
		this.topics = topics;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** A counselor with the account behind it (email for staff only). */
	public record CounselorLine(Counselor counselor, String email) {
	}

	@Transactional(readOnly = true)
	public List<CounselorLine> all() {
		var list = counselors.findAll(org.springframework.data.domain.Sort.by("displayName", "id"));
		var people = accounts.findAll(list.stream().map(Counselor::getAccountId).toList());
		list.forEach(c -> c.getTopicIds().size());
		return list.stream().map(c -> new CounselorLine(c,
				people.containsKey(c.getAccountId()) ? people.get(c.getAccountId()).email() : "")).toList();
	}

	@Transactional(readOnly = true)
	public Counselor find(long id) {
		var counselor = counselors.findById(id).orElseThrow(DeskNotFound::new);
		counselor.getTopicIds().size();
		return counselor;
	}

	/** COUNSELOR accounts that are not counselors yet: whom staff may appoint. */
	@Transactional(readOnly = true)
	public List<AccountSummary> appointable() {
		Set<Long> already = counselors.findAll().stream().map(Counselor::getAccountId).collect(Collectors.toSet());
		return accounts.withRole(Role.COUNSELOR).stream().filter(a -> !already.contains(a.id())).toList();
	}

	public long appoint(String email, String displayName, Set<Long> topicIds) {
		var account = accounts.withRole(Role.COUNSELOR).stream()
				.filter(a -> email != null && a.email().equalsIgnoreCase(email.strip())).findFirst()
				.orElseThrow(() -> new DeskRefused("email", "consultation.admin.counselor.error.notCounselorAccount"));
		if (counselors.findByAccountId(account.id()).isPresent()) {
			throw new DeskRefused("email", "consultation.admin.counselor.error.already");
		}
		checkTopics(topicIds);
		long id = counselors.saveAndFlush(new Counselor(account.id(), displayName.strip(), topicIds)).getId();
		audit.record(AuditAction.ADMIN, "counselor", id, "appointed account " + account.id());
		return id;
	}

	public void update(long id, long expectedVersion, String displayName, Set<Long> topicIds, boolean active) {
		var counselor = counselors.findById(id).orElseThrow(DeskNotFound::new);
		if (counselor.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Counselor.class, id);
		}
		checkTopics(topicIds);
		counselor.change(displayName.strip(), topicIds, active);
		counselors.flush();
		audit.record(AuditAction.ADMIN, "counselor", id, "changed" + (active ? "" : " (inactive)"));
	}

	private void checkTopics(Set<Long> topicIds) {
		Map<Long, Topic> known = topics.findAllById(topicIds).stream()
				.collect(Collectors.toMap(Topic::getId, Function.identity()));
		if (known.size() != topicIds.size()) {
			throw new DeskRefused("topicIds", "consultation.admin.counselor.error.topic");
		}
	}
}

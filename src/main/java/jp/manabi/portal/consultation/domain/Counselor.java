package jp.manabi.portal.consultation.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A learning counselor: a COUNSELOR account, the name residents see, and the topics they take. */
@Entity
@Table(name = "counselor")
public class Counselor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long accountId;

	private String displayName;

	private boolean active = true;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "counselor_topic", joinColumns = @JoinColumn(name = "counselor_id"))
	@Column(name = "topic_id")
	private Set<Long> topicIds = new LinkedHashSet<>();

	protected Counselor() {
	}

	public Counselor(long accountId, String displayName, Set<Long> topicIds) {
		this.accountId = accountId;
		this.displayName = displayName;
		this.topicIds.addAll(topicIds);
	}

	public void change(String displayName, Set<Long> topicIds, boolean active) {
		this.displayName = displayName;
		this.topicIds.retainAll(topicIds);
		this.topicIds.addAll(topicIds);
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public boolean isActive() {
		return active;
	}

	public Set<Long> getTopicIds() {
		return Collections.unmodifiableSet(topicIds);
	}
}

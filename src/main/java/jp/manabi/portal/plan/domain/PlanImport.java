package jp.manabi.portal.plan.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One import of a plan file: the audit trail, and start-up's memory of the files it applied. */
@Entity
@Table(name = "plan_import")
class PlanImport {

	enum Source {
		STARTUP, UPLOAD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String fileName;

	private String contentHash;

	private int nodesAdded;

	private int nodesUpdated;

	private int nodesArchived;

	private int nodesRestored;

	private Long importedBy;

	private Instant importedAt = Instant.now();

	protected PlanImport() {
	}

	PlanImport(long planId, Source source, String fileName, String contentHash, ImportOutcome outcome,
			Long importedBy) {
		this.planId = planId;
		this.source = source;
		this.fileName = fileName;
		this.contentHash = contentHash;
		this.nodesAdded = outcome.added();
		this.nodesUpdated = outcome.updated();
		this.nodesArchived = outcome.archived();
		this.nodesRestored = outcome.restored();
		this.importedBy = importedBy;
	}

	String getContentHash() {
		return contentHash;
	}
}

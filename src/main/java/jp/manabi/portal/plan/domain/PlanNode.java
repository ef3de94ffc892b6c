package jp.manabi.portal.plan.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.plan.PlanLevel;

/**
 * A goal, policy direction, measure or action of a plan. One entity for the four levels rather
 * than four classes: they carry the same fields (code, title, 現状と課題, roles, indicators …), a
 * plan may stop at any level (多摩市 has no actions), and other modules link to "a node" whatever
 * its level. The hierarchy is kept by {@code parent} plus {@code level}; the database refuses a
 * parent that is not exactly one level up in the same plan, which also rules out cycles.
 */
@Entity
@Table(name = "plan_node")
public class PlanNode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private PlanNode parent;

	@Convert(converter = PlanLevelConverter.class)
	private PlanLevel level;

	private String code;

	private String title;

	private String description;

	private String currentIssues;

	private String futureVision;

	private String roleCitizen;

	private String roleCommunity;

	private String roleGovernment;

	private int position;

	private Instant archivedAt;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected PlanNode() {
	}

	PlanNode(Plan plan, PlanNode parent, PlanLevel level, String code, int position) {
		if ((parent == null) != (level == PlanLevel.GOAL)
				|| parent != null && parent.level.depth() != level.depth() - 1) {
			throw new IllegalArgumentException("a " + level + " cannot have the parent " + parent);
		}
		this.plan = plan;
		this.parent = parent;
		this.level = level;
		this.code = code;
		this.position = position;
	}

	/**
	 * Takes new texts, touching only fields that differ, so that saving unchanged content keeps
	 * the version (and nobody else's open form goes stale for nothing).
	 *
	 * @return whether anything changed
	 */
	boolean describe(NodeContent content) {
		if (content().equals(content)) {
			return false;
		}
		title = content.title();
		description = content.description();
		currentIssues = content.currentIssues();
		futureVision = content.futureVision();
		roleCitizen = content.roleCitizen();
		roleCommunity = content.roleCommunity();
		roleGovernment = content.roleGovernment();
		touch();
		return true;
	}

	/** @return whether the place changed */
	boolean place(PlanNode newParent, int newPosition) {
		if (Objects.equals(parentId(), newParent == null ? null : newParent.getId()) && position == newPosition) {
			return false;
		}
		this.parent = newParent;
		this.position = newPosition;
		touch();
		return true;
	}

	boolean moveTo(int newPosition) {
		if (position == newPosition) {
			return false;
		}
		position = newPosition;
		touch();
		return true;
	}

	/** @return whether the node was active until now */
	boolean archive(Instant when) {
		if (archivedAt != null) {
			return false;
		}
		archivedAt = when;
		touch();
		return true;
	}

	/** @return whether the node was archived until now */
	boolean restore() {
		if (archivedAt == null) {
			return false;
		}
		archivedAt = null;
		touch();
		return true;
	}

	private void touch() {
		updatedAt = Instant.now();
	}

	public NodeContent content() {
		return new NodeContent(title, description, currentIssues, futureVision, roleCitizen, roleCommunity,
				roleGovernment);
	}

	/** The parent's id without loading the parent. */
	public Long parentId() {
		return parent == null ? null : parent.getId();
	}

	public boolean isArchived() {
		return archivedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Plan getPlan() {
		return plan;
	}

	public PlanNode getParent() {
		return parent;
	}

	public PlanLevel getLevel() {
		return level;
	}

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public int getPosition() {
		return position;
	}

	public Instant getArchivedAt() {
		return archivedAt;
	}

	@Override
	public String toString() {
		return "PlanNode[id=" + id + ", code=" + code + ", level=" + level + "]";
	}
}

package jp.manabi.portal.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for volunteers (募集) with its shifts: the aggregate root for them, the skills it
 * asks for and the plan nodes it serves. Posted by staff, an organisation or a circle's leader.
 */
@Entity
@Table(name = "volunteer_request")
public class VolunteerRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private PosterKind posterKind;

	private Long organisationId;

	private Long circleId;

	private long createdBy;

	private String place;

	private String areaCode;

	private int numberNeeded;

	private LocalDate applyBy;

	@Enumerated(EnumType.STRING)
	private RequestStatus status = RequestStatus.OPEN;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_request_skill", joinColumns = @JoinColumn(name = "request_id"))
	private Set<NeededSkill> skills = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_request_plan_node", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planNodeIds = new LinkedHashSet<>();

	/** The linked nodes and all their ancestors: what the request counts toward at every level. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "volunteer_request_plan_scope", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planScope = new LinkedHashSet<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Shift> shifts = new ArrayList<>();

	protected VolunteerRequest() {
	}

	private VolunteerRequest(PosterKind posterKind, Long organisationId, Long circleId, long createdBy,
			RequestDetails details) {
		this.posterKind = posterKind;
		this.organisationId = organisationId;
		this.circleId = circleId;
		this.createdBy = createdBy;
		update(details);
	}

	public static VolunteerRequest byStaff(long staffId, RequestDetails details) {
		return new VolunteerRequest(PosterKind.STAFF, null, null, staffId, details);
	}

	public static VolunteerRequest byOrganisation(long organisationId, long accountId, RequestDetails details) {
		return new VolunteerRequest(PosterKind.ORGANISATION, organisationId, null, accountId, details);
	}

	public static VolunteerRequest byCircle(long circleId, long leaderId, RequestDetails details) {
		return new VolunteerRequest(PosterKind.CIRCLE, null, circleId, leaderId, details);
	}

	public final void update(RequestDetails details) {
		this.title = details.title();
		this.description = details.description();
		this.place = details.place();
		this.areaCode = details.areaCode();
		this.numberNeeded = details.numberNeeded();
		this.applyBy = details.applyBy();
		skills.retainAll(details.skills());
		skills.addAll(details.skills());
	}

	public RequestDetails details() {
		return new RequestDetails(title, description, place, areaCode, numberNeeded, applyBy, skills);
	}

	/**
	 * Replaces the shifts, kept in date order. Existing rows are changed in place (their
	 * assignments stay with them) rather than deleted and inserted again: Hibernate inserts
	 * before it deletes orphans, which would break the unique (request_id, position).
	 */
	public void replaceShifts(List<Shift.ShiftTime> times) {
		var sorted = new ArrayList<>(times);
		sorted.sort(Comparator.comparing(Shift.ShiftTime::date).thenComparing(Shift.ShiftTime::startsAt));
		while (shifts.size() > sorted.size()) {
			shifts.remove(shifts.size() - 1);
		}
		for (int position = 0; position < sorted.size(); position++) {
			if (position < shifts.size()) {
				shifts.get(position).set(sorted.get(position));
			}
			else {
				shifts.add(new Shift(this, position, sorted.get(position)));
			}
		}
	}

	/** Links the request to plan nodes; {@code scope} is those nodes with all their ancestors. */
	public void linkToPlan(Set<Long> nodeIds, Set<Long> scope) {
		if (!planNodeIds.equals(nodeIds)) {
			planNodeIds.clear();
			planNodeIds.addAll(nodeIds);
		}
		if (!planScope.equals(scope)) {
			planScope.clear();
			planScope.addAll(scope);
		}
	}

	void changeStatus(RequestStatus status) {
		this.status = status;
	}

	/** Open for applications on {@code today}: open and the apply-by date not passed. */
	public boolean isOpen(LocalDate today) {
		return status == RequestStatus.OPEN && !applyBy.isBefore(today);
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public PosterKind getPosterKind() {
		return posterKind;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getCircleId() {
		return circleId;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public String getPlace() {
		return place;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public int getNumberNeeded() {
		return numberNeeded;
	}

	public LocalDate getApplyBy() {
		return applyBy;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<NeededSkill> getSkills() {
		return Collections.unmodifiableSet(skills);
	}

	public Set<Long> getPlanNodeIds() {
		return Collections.unmodifiableSet(planNodeIds);
	}

	public Set<Long> getPlanScope() {
		return Collections.unmodifiableSet(planScope);
	}

	public List<Shift> getShifts() {
		return Collections.unmodifiableList(shifts);
	}
}

package jp.manabi.portal.volunteer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleSummary;
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;

/**
 * Reads requests for pages: the public list of open requests with its filters, the staff list,
 * the organisation's and the circle's own, and one request with its shifts, places left and
 * skills. Lists are SQL straight into {@link RequestCard}s.
 */
@Service
@Transactional(readOnly = true)
public class RequestReader {

	/** The public list's filters; any may be null. */
	public record PublicFilter(String group, String area, LocalDate from, LocalDate to, RequestTiming timing) {
	}

	/** The staff list's filters; any may be null. */
	public record StaffFilter(String q, RequestStatus status, PosterKind posterKind) {
	}

	/** A shift with its places still free (APPROVED and COMPLETED hold one each). */
	public record ShiftView(Shift shift, long placesLeft) {
	}

	/** A skill the request asks for, by name. */
	public record SkillView(Skill skill, boolean required) {
	}

	/** One request as its page shows it. */
	public record RequestView(VolunteerRequest request, List<ShiftView> shifts, List<SkillView> required,
			List<SkillView> nice, String posterName, List<PlanNodeRef> planNodes) {
	}

	private static final String CARD = """
			select r.id, r.title, r.poster_kind, r.organisation_id, r.circle_id, r.place, r.area_code, r.number_needed,
			       r.apply_by, r.status,
			       (select min(s.shift_date) from volunteer_shift s where s.request_id = r.id) as first_shift,
			       (select max(s.shift_date) from volunteer_shift s where s.request_id = r.id) as last_shift,
			       (select count(*) from volunteer_shift s where s.request_id = r.id) as shift_count
			from volunteer_request r
			""";

	private final JdbcClient jdbc;
	private final VolunteerRequestRepository requests;
	private final AssignmentRepository assignments;
	private final SkillRepository skills;
	private final OrganisationRepository organisations;
	private final Circles circles;
	private final Plans plans;

	RequestReader(JdbcClient jdbc, VolunteerRequestRepository requests, AssignmentRepository assignments,
			SkillRepository skills, OrganisationRepository organisations, Circles circles, Plans plans) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.assignments = assignments;
		this.skills = skills;
		this.organisations = organisations;
		this.circles = circles;
		this.plans = plans;
	}

	/** Open requests (status OPEN, apply-by not passed), soonest deadline first. */
	public Page<RequestCard> open(PublicFilter filter, LocalDate today, int page, int size) {
		var where = new StringBuilder("where r.status = 'OPEN' and r.apply_by >= :today");
		var params = new HashMap<String, Object>();
		params.put("today", today);
		if (filter.group() != null && !filter.group().isBlank()) {
			// The space apart: a text block strips the leading one with the indentation.
			where.append(" ").append("""
					and exists (select 1 from volunteer_request_skill rs join volunteer_skill k on k.id = rs.skill_id
					   join volunteer_skill g on g.id = k.parent_id where rs.request_id = r.id and g.code = :group)""");
			params.put("group", filter.group());
		}
		if (filter.area() != null && !filter.area().isBlank()) {
			where.append(" and r.area_code = :area");
			params.put("area", filter.area());
		}
		if (filter.from() != null || filter.to() != null || filter.timing() != null) {
			where.append(" and exists (select 1 from volunteer_shift s where s.request_id = r.id");
			if (filter.from() != null) {
				where.append(" and s.shift_date >= :from");
				params.put("from", filter.from());
			}
			if (filter.to() != null) {
				where.append(" and s.shift_date <= :to");
				params.put("to", filter.to());
			}
			if (filter.timing() != null) {
				where.append(switch (filter.timing()) {
					case WEEKDAY -> " and extract(isodow from s.shift_date) between 1 and 5 and s.starts_at < time '17:00'";
					case EVENING -> " and s.starts_at >= time '17:00'";
					case WEEKEND -> " and extract(isodow from s.shift_date) >= 6";
				});
			}
			where.append(')');
		}
		return page(where.toString(), "order by r.apply_by, r.id", params, page, size);
	}

	/** Every request, newest first, for staff. */
	public Page<RequestCard> all(StaffFilter filter, int page, int size) {
		var where = new StringBuilder("where true");
		var params = new HashMap<String, Object>();
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and r.title ilike :q");
			params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.posterKind() != null) {
			where.append(" and r.poster_kind = :kind");
			params.put("kind", filter.posterKind().name());
		}
		return page(where.toString(), "order by r.created_at desc, r.id desc", params, page, size);
	}

	public Optional<RequestCard> card(long requestId) {
		return jdbc.sql(CARD + " where r.id = :id").param("id", requestId).query(RequestReader::card).optional();
	}

	/** Whether the profile is registered (staff approved it): only then does it get recommendations. */
	public boolean isRegistered(long profileId) {
		return jdbc.sql("select count(*) from volunteer_profile where id = :id and status = 'REGISTERED'")
				.param("id", profileId).query(Long.class).single() > 0;
	}

	public List<RequestCard> ofOrganisation(long organisationId) {
		return jdbc.sql(CARD + " where r.organisation_id = :id order by r.created_at desc, r.id desc")
				.param("id", organisationId).query(RequestReader::card).list();
	}

	public List<RequestCard> ofCircle(long circleId) {
		return jdbc.sql(CARD + " where r.circle_id = :id order by r.created_at desc, r.id desc")
				.param("id", circleId).query(RequestReader::card).list();
	}

	private Page<RequestCard> page(String where, String order, Map<String, Object> params, int page, int size) {
		long total = jdbc.sql("select count(*) from volunteer_request r " + where).params(params).query(Long.class)
				.single();
		var cards = jdbc.sql(CARD + where + " " + order + " limit :limit offset :offset").params(params)
				.param("limit", size).param("offset", (long) page * size).query(RequestReader::card)
				.list();
		return new PageImpl<>(cards, PageRequest.of(page, size), total);
	}

	private static RequestCard card(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RequestCard(rs.getLong("id"), rs.getString("title"), PosterKind.valueOf(rs.getString("poster_kind")),
				rs.getObject("organisation_id", Long.class), rs.getObject("circle_id", Long.class),
				rs.getString("place"), rs.getString("area_code"), rs.getInt("number_needed"),
				rs.getObject("apply_by", LocalDate.class), RequestStatus.valueOf(rs.getString("status")),
				rs.getObject("first_shift", LocalDate.class), rs.getObject("last_shift", LocalDate.class),
				rs.getInt("shift_count"));
	}

	/** The public name of each card's poster: the organisation's or circle's name; null for staff (区). */
	public Map<Long, String> posterNames(Collection<RequestCard> cards) {
		var orgIds = cards.stream().map(RequestCard::organisationId).filter(java.util.Objects::nonNull).toList();
		var orgNames = new HashMap<Long, String>();
		organisations.findAllById(orgIds).forEach(o -> orgNames.put(o.getId(), o.getName()));
		var circleNames = new HashMap<Long, String>();
		var names = new LinkedHashMap<Long, String>();
		for (var card : cards) {
			names.put(card.id(), switch (card.posterKind()) {
				case STAFF -> null;
				case ORGANISATION -> orgNames.get(card.organisationId());
				case CIRCLE -> circleNames.computeIfAbsent(card.circleId(),
						id -> circles.find(id).map(CircleSummary::name).orElse(null));
			});
		}
		return names;
	}

	public String posterName(VolunteerRequest request) {
		return switch (request.getPosterKind()) {
			case STAFF -> null;
			case ORGANISATION -> organisations.findById(request.getOrganisationId()).map(Organisation::getName)
					.orElse(null);
			case CIRCLE -> circles.find(request.getCircleId()).map(CircleSummary::name).orElse(null);
		};
	}

	/** The public page of a request: any but drafts (closed ones say they are closed). */
	public Optional<RequestView> publicView(long requestId) {
		return requests.findWithShifts(requestId).filter(r -> r.getStatus() != RequestStatus.DRAFT).map(this::view);
	}

	public RequestView view(VolunteerRequest request) {
		var shifts = new ArrayList<ShiftView>();
		for (var shift : request.getShifts()) {
			long taken = assignments.countByShiftAndStatusIn(shift.getId(), AssignmentStatus.HOLDING_A_PLACE);
			shifts.add(new ShiftView(shift, Math.max(0, shift.getNeeded() - taken)));
		}
		var byId = new HashMap<Long, Skill>();
		skills.findAllById(request.getSkills().stream().map(NeededSkill::skillId).toList())
				.forEach(s -> byId.put(s.getId(), s));
		var required = new ArrayList<SkillView>();
		var nice = new ArrayList<SkillView>();
		for (var needed : request.getSkills()) {
			var skill = byId.get(needed.skillId());
			if (skill != null) {
				(Boolean.TRUE.equals(needed.required()) ? required : nice).add(new SkillView(skill, needed.required()));
			}
		}
		Comparator<SkillView> order = Comparator.comparing((SkillView v) -> v.skill().getParent() == null ? 0
				: v.skill().getParent().getPosition()).thenComparing(v -> v.skill().getPosition());
		required.sort(order);
		nice.sort(order);
		var nodes = new ArrayList<>(plans.findNodes(request.getPlanNodeIds()));
		nodes.sort(Comparator.comparing(PlanNodeRef::code));
		return new RequestView(request, shifts, required, nice, posterName(request), nodes);
	}

	/** The skills tree to offer on forms and filters: groups with their skills, archived ones left out. */
	public List<SkillGroup> skillTree() {
		var groups = new ArrayList<SkillGroup>();
		var byGroup = new LinkedHashMap<Long, SkillGroup>();
		for (var skill : skills.findTree()) {
			if (skill.isArchived()) {
				continue;
			}
			if (skill.isGroup()) {
				var group = new SkillGroup(skill, new ArrayList<>());
				byGroup.put(skill.getId(), group);
				groups.add(group);
			}
			else if (byGroup.containsKey(skill.getParent().getId())) {
				byGroup.get(skill.getParent().getId()).skills().add(skill);
			}
		}
		groups.removeIf(g -> g.skills().isEmpty());
		return groups;
	}

	/** Every skill by id, archived ones too: old requests still name them. */
	public Map<Long, Skill> skillsById() {
		var all = new HashMap<Long, Skill>();
		skills.findAll().forEach(s -> all.put(s.getId(), s));
		return all;
	}

	/** A group of the skills tree with its (non-archived) skills. */
	public record SkillGroup(Skill group, List<Skill> skills) {
	}
}

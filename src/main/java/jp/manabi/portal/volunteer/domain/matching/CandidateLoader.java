package jp.manabi.portal.volunteer.domain.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.manabi.portal.shared.time.TimeBand;

/**
 * Reads what matching needs straight with SQL, never through entities: a request's needs, and the
 * registered volunteers who have every required skill (found in SQL with {@code group by … having
 * count(distinct skill) = n}), then their skills, weekly grid, dates away, areas, load and answers
 * in a few set-based queries that all start from the same candidate set.
 */
@Component
public class CandidateLoader {

	static final int LOAD_DAYS = 90;

	private final JdbcClient jdbc;

	CandidateLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The request's skills, area and shifts from {@code today} on; empty when there is no such request. */
	public Optional<RequestNeeds> needsOf(long requestId, LocalDate today) {
		var area = jdbc.sql("select area_code from volunteer_request where id = :id").param("id", requestId)
				.query(String.class).optional();
		if (area.isEmpty()) {
			return Optional.empty();
		}
		var required = new HashSet<Long>();
		var nice = new HashSet<Long>();
		jdbc.sql("select skill_id, required from volunteer_request_skill where request_id = :id")
				.param("id", requestId).query(rs -> {
					(rs.getBoolean(2) ? required : nice).add(rs.getLong(1));
				});
		var shifts = jdbc.sql("""
				select id, shift_date, starts_at from volunteer_shift
				where request_id = :id and shift_date >= :today order by shift_date, starts_at""")
				.param("id", requestId).param("today", today)
				.query((rs, n) -> new ShiftSlot(rs.getLong(1), rs.getObject(2, LocalDate.class),
						TimeBand.of(rs.getObject(3, LocalTime.class))))
				.list();
		return Optional.of(new RequestNeeds(requestId, required, nice, area.get(), shifts));
	}

	/** Every open request's needs (open, apply-by not passed), keyed by request id. */
	public Map<Long, RequestNeeds> openRequests(LocalDate today) {
		var areas = new LinkedHashMap<Long, String>();
		jdbc.sql("select id, area_code from volunteer_request where status = 'OPEN' and apply_by >= :today order by id")
				.param("today", today).query(rs -> {
					areas.put(rs.getLong(1), rs.getString(2));
				});
		var required = new HashMap<Long, Set<Long>>();
		var nice = new HashMap<Long, Set<Long>>();
		jdbc.sql("""
				select s.request_id, s.skill_id, s.required from volunteer_request_skill s
				join volunteer_request r on r.id = s.request_id
				where r.status = 'OPEN' and r.apply_by >= :today""").param("today", today).query(rs -> {
					(rs.getBoolean(3) ? required : nice).computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
							.add(rs.getLong(2));
				});
		var shifts = new HashMap<Long, List<ShiftSlot>>();
		jdbc.sql("""
				select s.request_id, s.id, s.shift_date, s.starts_at from volunteer_shift s
				join volunteer_request r on r.id = s.request_id
				where r.status = 'OPEN' and r.apply_by >= :today and s.shift_date >= :today
				order by s.shift_date, s.starts_at""").param("today", today).query(rs -> {
					shifts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ShiftSlot(rs.getLong(2),
							rs.getObject(3, LocalDate.class), TimeBand.of(rs.getObject(4, LocalTime.class))));
				});
		var needs = new LinkedHashMap<Long, RequestNeeds>();
		areas.forEach((id, area) -> needs.put(id, new RequestNeeds(id, required.getOrDefault(id, Set.of()),
				nice.getOrDefault(id, Set.of()), area, shifts.getOrDefault(id, List.of()))));
		return needs;
	}

	/**
	 * The registered volunteers who have every skill the request requires, with what the scorer
	 * needs of them. Skills are read only for the request's own skills and dates away only for its
	 * shift dates; areas only for whether the request's area is among theirs.
	 */
	public List<Candidate> candidatesFor(RequestNeeds needs, LocalDate today) {
		String candidates;
		var required = needs.required().toArray(Long[]::new);
		if (required.length == 0) {
			candidates = "select id as profile_id, account_id, availability_grid from volunteer_profile where status = 'REGISTERED'";
		}
		else {
			candidates = """
					select p.id as profile_id, p.account_id, p.availability_grid from volunteer_profile p
					join volunteer_profile_skill k on k.profile_id = p.id
					where p.status = 'REGISTERED' and k.skill_id = any(cast(:required as bigint[]))
					group by p.id, p.account_id, p.availability_grid having count(distinct k.skill_id) = :n""";
		}
		var wanted = new ArrayList<Long>(needs.required());
		wanted.addAll(needs.nice());
		var shiftIds = needs.shifts().stream().map(ShiftSlot::shiftId).toArray(Long[]::new);
		var dates = needs.shifts().stream().map(ShiftSlot::date).distinct().toArray(LocalDate[]::new);

		// One statement, one round trip: each part is aggregated per profile once and hash-joined to
		// the candidates (six statements that each found the candidates again took twice as long).
		var sql = """
				with c as (%s),
				sk as (select profile_id, array_agg(skill_id) as ids, array_agg(level) as levels
				       from volunteer_profile_skill where skill_id = any(cast(:wanted as bigint[])) group by profile_id),
				ar as (select profile_id from volunteer_area where area_code = :area),
				un as (select profile_id, array_agg(day) as days from volunteer_unavailable_date
				       where day = any(cast(:dates as date[])) group by profile_id),
				ld as (select a.profile_id, coalesce(sum(a.hours) filter (where a.status = 'COMPLETED'), 0) as hours,
				              count(*) filter (where a.status = 'APPROVED') as approvals
				       from volunteer_assignment a join volunteer_shift s on s.id = a.shift_id
				       where a.status in ('COMPLETED', 'APPROVED') and s.shift_date >= :since group by a.profile_id),
				asg as (select profile_id, array_agg(shift_id) as shifts from volunteer_assignment
				        where shift_id = any(cast(:shifts as bigint[])) and status <> 'WITHDRAWN' group by profile_id)
				select c.profile_id, c.account_id, sk.ids, sk.levels, c.availability_grid, ar.profile_id is not null,
				       un.days, coalesce(ld.hours, 0), coalesce(ld.approvals, 0), asg.shifts
				from c left join sk on sk.profile_id = c.profile_id
				left join ar on ar.profile_id = c.profile_id left join un on un.profile_id = c.profile_id
				left join ld on ld.profile_id = c.profile_id left join asg on asg.profile_id = c.profile_id"""
				.formatted(candidates);
		var list = new ArrayList<Candidate>();
		query(sql, required).param("wanted", pgArray(wanted)).param("area", needs.areaCode())
				.param("dates", pgArray(java.util.Arrays.asList(dates)))
				.param("since", today.minusDays(LOAD_DAYS))
				.param("shifts", pgArray(java.util.Arrays.asList(shiftIds))).query(rs -> {
					var b = new Builder(rs.getLong(1), rs.getLong(2));
					var ids = rs.getArray(3);
					if (ids != null) {
						var skillIds = (Long[]) ids.getArray();
						var levels = (Integer[]) rs.getArray(4).getArray();
						for (int i = 0; i < skillIds.length; i++) {
							b.skills.put(skillIds[i], levels[i]);
						}
					}
					b.availability = rs.getInt(5);
					if (rs.getBoolean(6)) {
						b.areas.add(needs.areaCode());
					}
					var days = rs.getArray(7);
					if (days != null) {
						for (var day : (java.sql.Date[]) days.getArray()) {
							b.unavailable.add(day.toLocalDate());
						}
					}
					b.hours = rs.getDouble(8);
					b.approvals = rs.getInt(9);
					var shifts = rs.getArray(10);
					if (shifts != null) {
						b.assigned.addAll(java.util.Arrays.asList((Long[]) shifts.getArray()));
					}
					list.add(b.build());
				});
		return list;
	}

	/** One volunteer as a candidate for any request: all their skills, areas and dates away. */
	public Optional<Candidate> candidate(long profileId, LocalDate today) {
		var account = jdbc.sql("select account_id from volunteer_profile where id = :id and status = 'REGISTERED'")
				.param("id", profileId).query(Long.class).optional();
		if (account.isEmpty()) {
			return Optional.empty();
		}
		var b = new Builder(profileId, account.get());
		jdbc.sql("select skill_id, level from volunteer_profile_skill where profile_id = :id").param("id", profileId)
				.query(rs -> {
					b.skills.put(rs.getLong(1), rs.getInt(2));
				});
		jdbc.sql("select day_of_week, time_band from volunteer_availability where profile_id = :id")
				.param("id", profileId).query(rs -> {
					b.availability |= WeeklyGrid.bit(java.time.DayOfWeek.of(rs.getInt(1)),
							TimeBand.valueOf(rs.getString(2)));
				});
		jdbc.sql("select day from volunteer_unavailable_date where profile_id = :id and day >= :today")
				.param("id", profileId).param("today", today).query(rs -> {
					b.unavailable.add(rs.getObject(1, LocalDate.class));
				});
		jdbc.sql("select area_code from volunteer_area where profile_id = :id").param("id", profileId).query(rs -> {
			b.areas.add(rs.getString(1));
		});
		jdbc.sql("""
				select coalesce(sum(a.hours) filter (where a.status = 'COMPLETED'), 0),
				       count(*) filter (where a.status = 'APPROVED')
				from volunteer_assignment a join volunteer_shift s on s.id = a.shift_id
				where a.profile_id = :id and a.status in ('COMPLETED', 'APPROVED') and s.shift_date >= :since""")
				.param("id", profileId).param("since", today.minusDays(LOAD_DAYS)).query(rs -> {
					b.hours = rs.getDouble(1);
					b.approvals = rs.getInt(2);
				});
		jdbc.sql("select shift_id from volunteer_assignment where profile_id = :id and status <> 'WITHDRAWN'")
				.param("id", profileId).query(rs -> {
					b.assigned.add(rs.getLong(1));
				});
		return Optional.of(b.build());
	}

	private JdbcClient.StatementSpec query(String sql, Long[] required) {
		var spec = jdbc.sql(sql);
		if (required.length > 0) {
			spec = spec.param("required", pgArray(java.util.Arrays.asList(required))).param("n", required.length);
		}
		return spec;
	}

	/** A PostgreSQL array literal ({1,2,3}); bound as text and cast in the statement. */
	static String pgArray(java.util.Collection<?> values) {
		var text = new StringBuilder("{");
		for (var value : values) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append(value);
		}
		return text.append('}').toString();
	}

	private static final class Builder {

		final long profileId;
		final long accountId;
		final Map<Long, Integer> skills = new HashMap<>(4);
		int availability;
		final Set<LocalDate> unavailable = new HashSet<>(2);
		final Set<String> areas = new HashSet<>(2);
		double hours;
		int approvals;
		final Set<Long> assigned = new HashSet<>(2);

		Builder(long profileId, long accountId) {
			this.profileId = profileId;
			this.accountId = accountId;
		}

		Candidate build() {
			return new Candidate(profileId, accountId, skills, availability, unavailable, areas, hours, approvals,
					assigned);
		}
	}

}

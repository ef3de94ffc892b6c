package jp.manabi.portal.volunteer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.Accounts;

/**
 * 人材情報の提供: registered volunteers as the public sees them, with only the parts each one
 * made public. A filter never matches on a part that is not public (else the filter itself would
 * tell what the volunteer kept private), and email and phone never leave the account module here.
 */
@Service
@Transactional(readOnly = true)
public class TalentBank {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final SkillRepository skills;

	TalentBank(JdbcClient jdbc, Accounts accounts, SkillRepository skills) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.skills = skills;
	}

	/** Any may be null; {@code skillId} may be a group (any skill under it). */
	public record Filter(Long skillId, Boolean canTeach, String areaCode) {
	}

	/** One skill as shown: its group, the skill and the level. */
	public record ShownSkill(Skill group, Skill skill, int level) {
	}

	/**
	 * A volunteer's public card. {@code name} is null unless the name is public; a part that is
	 * not public is null (skills, canTeach, expertise, experience, areas).
	 */
	public record Card(long profileId, String name, List<ShownSkill> skills, Boolean canTeach, String expertise,
			String experience, List<String> areaCodes) {
	}

	public record Page(List<Card> cards, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}
	}

	public Page search(Filter filter, int page) {
		var where = new StringBuilder(" from volunteer_profile p where p.status = 'REGISTERED'");
		var params = new HashMap<String, Object>();
		if (filter.skillId() != null) {
			where.append(" and p.public_skills and exists (select 1 from volunteer_profile_skill ps"
					+ " join volunteer_skill s on s.id = ps.skill_id"
					+ " where ps.profile_id = p.id and (s.id = :skill or s.parent_id = :skill))");
			params.put("skill", filter.skillId());
		}
		if (Boolean.TRUE.equals(filter.canTeach())) {
			// Whether someone teaches is shown with their skills, so it is public only with them.
			where.append(" and p.public_skills and p.can_teach");
		}
		if (filter.areaCode() != null) {
			where.append(" and p.public_areas and exists (select 1 from volunteer_area a"
					+ " where a.profile_id = p.id and a.area_code = :area)");
			params.put("area", filter.areaCode());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		int shown = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE_SIZE)));
		record Base(long id, long accountId, boolean canTeach, String expertise, String experience, boolean publicName,
				boolean publicSkills, boolean publicExpertise, boolean publicExperience, boolean publicAreas) {
		}
		var bases = jdbc.sql("""
				select p.id, p.account_id, p.can_teach, p.expertise, p.experience, p.public_name, p.public_skills,
				       p.public_expertise, p.public_experience, p.public_areas""" + where
				+ " order by p.approved_at desc nulls last, p.id desc limit " + PAGE_SIZE + " offset "
				+ (long) shown * PAGE_SIZE).params(params)
				.query((rs, n) -> new Base(rs.getLong("id"), rs.getLong("account_id"), rs.getBoolean("can_teach"),
						rs.getString("expertise"), rs.getString("experience"), rs.getBoolean("public_name"),
						rs.getBoolean("public_skills"), rs.getBoolean("public_expertise"),
						rs.getBoolean("public_experience"), rs.getBoolean("public_areas")))
				.list();
		if (bases.isEmpty()) {
			return new Page(List.of(), shown, total);
		}
		// Only the parts that are public are even read.
		var withSkills = bases.stream().filter(Base::publicSkills).map(Base::id).toList();
		var withAreas = bases.stream().filter(Base::publicAreas).map(Base::id).toList();
		var skillRows = new HashMap<Long, List<ShownSkill>>();
		if (!withSkills.isEmpty()) {
			var tree = new HashMap<Long, Skill>();
			skills.findTree().forEach(s -> tree.put(s.getId(), s));
			jdbc.sql("select profile_id, skill_id, level from volunteer_profile_skill where profile_id in (:ids)")
					.param("ids", withSkills).query((rs, n) -> {
						var skill = tree.get(rs.getLong("skill_id"));
						skillRows.computeIfAbsent(rs.getLong("profile_id"), k -> new ArrayList<>())
								.add(new ShownSkill(skill.getParent(), skill, rs.getInt("level")));
						return null;
					}).list();
			skillRows.values().forEach(list -> list.sort(Comparator
					.comparing((ShownSkill s) -> s.group().getPosition()).thenComparing(s -> s.group().getId())
					.thenComparing(s -> s.skill().getPosition())));
		}
		var areaRows = new HashMap<Long, List<String>>();
		if (!withAreas.isEmpty()) {
			jdbc.sql("select profile_id, area_code from volunteer_area where profile_id in (:ids) order by area_code")
					.param("ids", withAreas).query((rs, n) -> areaRows
							.computeIfAbsent(rs.getLong("profile_id"), k -> new ArrayList<>()).add(rs.getString("area_code")))
					.list();
		}
		Map<Long, String> names = new HashMap<>();
		var named = bases.stream().filter(Base::publicName).map(Base::accountId).toList();
		if (!named.isEmpty()) {
			accounts.findAll(named).forEach((id, person) -> names.put(id, person.displayName()));
		}
		var cards = new ArrayList<Card>();
		for (var b : bases) {
			cards.add(new Card(b.id(), b.publicName() ? names.get(b.accountId()) : null,
					b.publicSkills() ? skillRows.getOrDefault(b.id(), List.of()) : null,
					b.publicSkills() ? b.canTeach() : null,
					b.publicExpertise() && !b.expertise().isBlank() ? b.expertise() : null,
					b.publicExperience() && !b.experience().isBlank() ? b.experience() : null,
					b.publicAreas() ? areaRows.getOrDefault(b.id(), List.of()) : null));
		}
		return new Page(cards, shown, total);
	}
}

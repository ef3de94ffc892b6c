package jp.manabi.portal.volunteer;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.PersonalData;
import jp.manabi.portal.account.PersonalData.Group;
import jp.manabi.portal.account.PersonalDataSource;

/** The volunteer module's part of a resident's data download: the profile and the work with its hours. */
@Component
@Transactional(readOnly = true)
public class VolunteerPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	VolunteerPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalData personalData(long accountId) {
		var profile = jdbc.sql("""
				select p.status, p.can_teach, p.expertise, p.experience, p.public_name, p.public_skills,
				       p.public_expertise, p.public_experience, p.public_areas, p.created_at, p.approved_at,
				       (select string_agg(s.name_ja || ' (' || ps.level || ')', ', ' order by s.position)
				        from volunteer_profile_skill ps join volunteer_skill s on s.id = ps.skill_id
				        where ps.profile_id = p.id) as skills,
				       (select string_agg(a.area_code, ', ' order by a.area_code) from volunteer_area a
				        where a.profile_id = p.id) as areas
				from volunteer_profile p where p.account_id = ?""").param(accountId).query(PersonalData::fromSql)
				.list();
		var work = jdbc.sql("""
				select r.title as request, sh.shift_date, sh.starts_at, sh.ends_at, w.status, w.hours, w.created_at
				from volunteer_assignment w join volunteer_profile p on p.id = w.profile_id
				join volunteer_shift sh on sh.id = w.shift_id join volunteer_request r on r.id = sh.request_id
				where p.account_id = ? order by sh.shift_date desc, sh.starts_at desc""").param(accountId)
				.query(PersonalData::fromSql).list();
		var groups = new ArrayList<Group>();
		if (!profile.isEmpty()) {
			groups.add(new Group("volunteerProfile", profile));
		}
		if (!work.isEmpty()) {
			groups.add(new Group("volunteerWork", work));
		}
		return new PersonalData("volunteer", List.copyOf(groups));
	}
}

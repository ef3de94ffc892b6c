package jp.manabi.portal.course;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.PersonalData;
import jp.manabi.portal.account.PersonalData.Group;
import jp.manabi.portal.account.PersonalDataSource;

/**
 * The course module's part of a resident's data download: their applications (with answers,
 * attendance and survey answers) and their course proposals.
 */
@Component
@Transactional(readOnly = true)
public class CoursePersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	CoursePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalData personalData(long accountId) {
		var applications = jdbc.sql("""
				select a.id as application, c.title as course, a.status, a.applied_at, a.decided_at, a.cancelled_at,
				       a.lottery_won, a.childcare_ages, a.needs, a.note,
				       (select count(*) from course_attendance t where t.application_id = a.id and t.present) as sessions_attended
				from course_application a join course c on c.id = a.course_id
				where a.account_id = ? order by a.applied_at desc, a.id desc""")
				.param(accountId).query(PersonalData::fromSql).list();
		var answers = jdbc.sql("""
				select x.application_id as application, q.label as question, x.answer
				from course_application_answer x join course_question q on q.id = x.question_id
				join course_application a on a.id = x.application_id
				where a.account_id = ? order by x.application_id, q.position""")
				.param(accountId).query(PersonalData::fromSql).list();
		var surveys = jdbc.sql("""
				select c.title as course, s.satisfaction, s.good_points, s.improvements, s.wanted_next, s.answered_at
				from course_survey_response s join course_application a on a.id = s.application_id
				join course c on c.id = s.course_id
				where a.account_id = ? order by s.answered_at desc""")
				.param(accountId).query(PersonalData::fromSql).list();
		var proposals = jdbc.sql("""
				select p.theme, p.outline, p.proposed_instructor, p.audience, p.preferred_times, p.status,
				       p.decision_reason, p.created_at
				from course_proposal p where p.proposer_id = ? order by p.created_at desc""")
				.param(accountId).query(PersonalData::fromSql).list();
		var groups = new ArrayList<Group>();
		if (!applications.isEmpty()) {
			groups.add(new Group("applications", applications));
		}
		if (!answers.isEmpty()) {
			groups.add(new Group("answers", answers));
		}
		if (!surveys.isEmpty()) {
			groups.add(new Group("surveys", surveys));
		}
		if (!proposals.isEmpty()) {
			groups.add(new Group("proposals", proposals));
		}
		return new PersonalData("courses", List.copyOf(groups));
	}
}

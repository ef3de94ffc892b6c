package jp.manabi.portal.consultation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.PersonalData;
import jp.manabi.portal.account.PersonalData.Group;
import jp.manabi.portal.account.PersonalDataSource;

/**
 * The consultation module's part of a resident's data download: bookings and the referrals given
 * in them. The counselors' notes are staff records and are not part of it (the page says so; a
 * disclosure request for them goes through the contact of the privacy notice).
 */
@Component
@Transactional(readOnly = true)
public class ConsultationPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	ConsultationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalData personalData(long accountId) {
		var bookings = jdbc.sql("""
				select b.id as booking, t.name_ja as topic, b.channel, b.starts_at, b.ends_at, b.status, b.description,
				       b.contact_phone, b.created_at, b.cancelled_at
				from consultation_booking b join consultation_topic t on t.id = b.topic_id
				where b.account_id = ? order by b.starts_at desc""").param(accountId).query(PersonalData::fromSql)
				.list();
		var referrals = jdbc.sql("""
				select r.booking_id as booking, r.kind, r.title, r.created_at
				from consultation_referral r join consultation_booking b on b.id = r.booking_id
				where b.account_id = ? order by r.created_at""").param(accountId).query(PersonalData::fromSql).list();
		var groups = new ArrayList<Group>();
		if (!bookings.isEmpty()) {
			groups.add(new Group("bookings", bookings));
		}
		if (!referrals.isEmpty()) {
			groups.add(new Group("referrals", referrals));
		}
		return new PersonalData("consultations", List.copyOf(groups),
				groups.isEmpty() ? null : "privacy.data.counselorNotes");
	}
}

package jp.manabi.portal.consultation.domain;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * Consultations counted for the staff by fiscal year (Japan time): held and no-shows by topic,
 * by channel, the evening (starting 17:00 or later) and weekend (Saturday, Sunday) share of those
 * held, and per node of the plan. SQL aggregates over the bookings; the topics' plan scope holds
 * each node once per topic, so a topic linked to two actions of one measure counts once there.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationReport {

	private final JdbcClient jdbc;

	ConsultationReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Counts(long held, long noShows) {
		public static final Counts NONE = new Counts(0, 0);
	}

	public record TopicCounts(long topicId, String nameJa, String nameEn, Counts counts) {
		public String name(Locale locale) {
			return Languages.isEnglish(locale) ? nameEn : nameJa;
		}
	}

	public record ChannelCounts(Channel channel, Counts counts) {
	}

	/** The year's totals; {@code evening} and {@code weekend} count consultations held. */
	public record Totals(long held, long noShows, long evening, long weekend) {

		public int eveningPercent() {
			return percent(evening);
		}

		public int weekendPercent() {
			return percent(weekend);
		}

		private int percent(long part) {
			return held == 0 ? 0 : (int) Math.round(100.0 * part / held);
		}
	}

	private static final String COUNTS = """
			count(*) filter (where b.status = 'HELD') as held,
			count(*) filter (where b.status = 'NO_SHOW') as no_shows""";

	private static final String IN_YEAR = "b.starts_at >= :first and b.starts_at < :until and b.status in ('HELD', 'NO_SHOW')";

	public Totals totals(FiscalYear year) {
		return jdbc.sql("select " + COUNTS + """
				,
				count(*) filter (where b.status = 'HELD'
				    and (b.starts_at at time zone 'Asia/Tokyo')::time >= time '17:00') as evening,
				count(*) filter (where b.status = 'HELD'
				    and extract(isodow from b.starts_at at time zone 'Asia/Tokyo') in (6, 7)) as weekend
				from consultation_booking b where """ + " " + IN_YEAR)
				.param("first", first(year)).param("until", until(year))
				.query((rs, n) -> new Totals(rs.getLong("held"), rs.getLong("no_shows"), rs.getLong("evening"),
						rs.getLong("weekend")))
				.single();
	}

	/** Every topic, also those without consultations in the year. */
	public List<TopicCounts> byTopic(FiscalYear year) {
		return jdbc.sql("""
				select t.id, t.name_ja, t.name_en,
				       count(b.id) filter (where b.status = 'HELD') as held,
				       count(b.id) filter (where b.status = 'NO_SHOW') as no_shows
				from consultation_topic t
				left join consultation_booking b on b.topic_id = t.id and """ + " " + IN_YEAR + """

				group by t.id, t.name_ja, t.name_en, t.position
				order by t.position, t.id""").param("first", first(year)).param("until", until(year))
				.query((rs, n) -> new TopicCounts(rs.getLong("id"), rs.getString("name_ja"), rs.getString("name_en"),
						new Counts(rs.getLong("held"), rs.getLong("no_shows"))))
				.list();
	}

	public List<ChannelCounts> byChannel(FiscalYear year) {
		var found = new HashMap<Channel, Counts>();
		jdbc.sql("select b.channel, " + COUNTS + " from consultation_booking b where " + IN_YEAR
				+ " group by b.channel").param("first", first(year)).param("until", until(year))
				.query((rs, n) -> Map.entry(Channel.valueOf(rs.getString("channel")),
						new Counts(rs.getLong("held"), rs.getLong("no_shows"))))
				.list().forEach(e -> found.put(e.getKey(), e.getValue()));
		return java.util.Arrays.stream(Channel.values())
				.map(c -> new ChannelCounts(c, found.getOrDefault(c, Counts.NONE))).toList();
	}

	/** Counts by plan node id (nodes without any are absent). */
	public Map<Long, Counts> byNode(FiscalYear year) {
		var found = new HashMap<Long, Counts>();
		jdbc.sql("select s.plan_node_id as node, " + COUNTS + """

				from consultation_booking b
				join consultation_topic_plan_scope s on s.topic_id = b.topic_id
				where """ + " " + IN_YEAR + " group by s.plan_node_id")
				.param("first", first(year)).param("until", until(year))
				.query((rs, n) -> Map.entry(rs.getLong("node"), new Counts(rs.getLong("held"), rs.getLong("no_shows"))))
				.list().forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	private static OffsetDateTime first(FiscalYear year) {
		return year.firstDay().atStartOfDay(FreeSlots.ZONE).toOffsetDateTime();
	}

	private static OffsetDateTime until(FiscalYear year) {
		return year.lastDay().plusDays(1).atStartOfDay(FreeSlots.ZONE).toOffsetDateTime();
	}
}

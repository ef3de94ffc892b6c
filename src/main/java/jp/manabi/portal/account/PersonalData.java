package jp.manabi.portal.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One module's section of a resident's data download. Values are plain strings, numbers, booleans
 * or ISO dates, so the same data renders as a readable page and as JSON. Field names are message
 * keys under {@code privacy.field.}.
 *
 * @param section a message key under {@code privacy.section.}, e.g. {@code courses}
 * @param groups the kinds of rows, e.g. applications and survey answers
 * @param note an optional message key explaining what is left out, e.g. counselors' notes
 */
public record PersonalData(String section, List<Group> groups, String note) {

	/** @param name a message key under {@code privacy.group.} */
	public record Group(String name, List<Map<String, Object>> rows) {
	}

	public PersonalData(String section, List<Group> groups) {
		this(section, groups, null);
	}

	/**
	 * A row read from SQL: each column under its label in camelCase ({@code applied_at} becomes
	 * {@code appliedAt}); timestamps as ISO instants, dates as ISO dates, arrays as lists; nulls
	 * left out. For {@code JdbcClient...query(PersonalData::fromSql).list()}.
	 */
	public static Map<String, Object> fromSql(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
		var meta = rs.getMetaData();
		var row = new LinkedHashMap<String, Object>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			Object value = rs.getObject(column);
			if (value == null) {
				continue;
			}
			if (value instanceof java.sql.Timestamp timestamp) {
				value = timestamp.toInstant().toString();
			}
			else if (value instanceof java.time.OffsetDateTime moment) {
				value = moment.toInstant().toString();
			}
			else if (value instanceof java.sql.Date date) {
				value = date.toLocalDate().toString();
			}
			else if (value instanceof java.sql.Time time) {
				value = time.toLocalTime().toString();
			}
			else if (value instanceof java.sql.Array array) {
				value = java.util.Arrays.asList((Object[]) array.getArray()).toString();
			}
			else if (!(value instanceof Boolean)) {
				value = value.toString();
			}
			row.put(camel(meta.getColumnLabel(column)), value);
		}
		return row;
	}

	private static String camel(String label) {
		var camel = new StringBuilder();
		boolean upper = false;
		for (char c : label.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	/** A row whose fields keep the order they were put in; null values are left out. */
	public static Map<String, Object> row(Object... namesAndValues) {
		var row = new LinkedHashMap<String, Object>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				row.put((String) namesAndValues[i], namesAndValues[i + 1] instanceof Enum<?> e ? e.name()
						: namesAndValues[i + 1] instanceof Boolean b ? b : namesAndValues[i + 1].toString());
			}
		}
		return row;
	}
}

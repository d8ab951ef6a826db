package org.irontrace.recovery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.Manufacturer;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.platform.Accents;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WHERE clause of a recovery search and its parameters, built from the criteria: each asked
 * field adds one indexed condition. A possessor's name is matched only where the caller may see it.
 */
final class RecoveryConditions {

	/** The possessor's folded name, exactly as the trigram index of V35 holds it. */
	static final String FOLDED_NAME = "irontrace_fold(coalesce(r.possessor_first_name, '') || ' ' || coalesce(r.possessor_last_name, ''))";

	private static final String SHAPE = "translate(r.serial_key, 'OISBZ', '01582')";

	private final StringBuilder sql = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private boolean rankedByName;

	static RecoveryConditions of(RecoveryCriteria criteria, Catalog catalog) {
		RecoveryConditions where = new RecoveryConditions();
		if (!RecoveryCriteria.blank(criteria.text())) {
			where.textCondition(criteria.text().trim(), criteria, catalog);
		}
		if (!RecoveryCriteria.blank(criteria.serial())) {
			String serial = where.serialCondition("serial", criteria.serial());
			where.sql.append(" AND ").append(serial == null ? "false" : serial);
		}
		if (!RecoveryCriteria.blank(criteria.name())) {
			where.sql.append(" AND ").append(where.nameCondition("nameFolded", criteria.name()));
		}
		where.equal("r.crime_code", "crime", upper(criteria.crimeCode()));
		where.equal("r.country", "country", upper(criteria.country()));
		where.equal("r.admin_area", "adminArea", upper(criteria.adminArea()));
		if (!RecoveryCriteria.blank(criteria.city())) {
			where.sql.append(" AND irontrace_fold(r.city) = :city");
			where.parameters.put("city", Accents.fold(criteria.city()));
		}
		if (criteria.from() != null) {
			where.sql.append(" AND r.recovery_date >= :from");
			where.parameters.put("from", criteria.from());
		}
		if (criteria.to() != null) {
			where.sql.append(" AND r.recovery_date <= :to");
			where.parameters.put("to", criteria.to());
		}
		if (criteria.year() != null) {
			where.sql.append(" AND r.recovery_date >= make_date(:year, 1, 1) AND r.recovery_date < make_date(:year + 1, 1, 1)");
			where.parameters.put("year", criteria.year());
		}
		if (!RecoveryCriteria.blank(criteria.traceStatus())) {
			String status = upper(criteria.traceStatus());
			if (RecoveryCriteria.UNTRACED.equals(status)) {
				where.sql.append(" AND t.status IS NULL");
			}
			else {
				where.equal("t.status", "status", status);
			}
		}
		return where;
	}

	String sql() {
		return sql.toString();
	}

	/**
	 * The search box: its words as a serial, a possessor's name, a crime (its code, or its name in a
	 * language of the pages), a city, a recovery id (any case) or a maker (aliases read by the
	 * catalogue, so "S&W" finds Smith & Wesson). Each is an indexed condition of its own.
	 */
	private void textCondition(String text, RecoveryCriteria criteria, Catalog catalog) {
		List<String> crimes = new ArrayList<>(criteria.crimesNamed());
		crimes.add(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
		parameters.put("textCrimes", crimes.toArray(String[]::new));
		parameters.put("textFolded", Accents.fold(text));
		parameters.put("textId", text.toUpperCase(Locale.ROOT));
		List<String> any = new ArrayList<>();
		String serial = serialCondition("text", text);
		if (serial != null) {
			any.add(serial);
		}
		any.add(nameCondition("textName", text));
		any.add("r.crime_code = ANY(:textCrimes)");
		any.add("irontrace_fold(r.city) = :textFolded");
		any.add("upper(r.recovery_id) = :textId");
		Manufacturer maker = catalog.manufacturer(text);
		if (maker != null && !maker.key().isEmpty()) {
			parameters.put("textMaker", maker.key());
			any.add("r.manufacturer_key = :textMaker");
		}
		sql.append(" AND (").append(String.join(" OR ", any)).append(')');
	}

	boolean rankedByName() {
		return rankedByName;
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
		return spec.params(parameters);
	}

	/**
	 * A serial as written: the same look-alike shape, or a shape beginning with it (which takes in the
	 * exact serial), or with {@code ?} for unreadable characters. Null when nothing of a serial is left.
	 */
	private String serialCondition(String name, String asWritten) {
		String normalised = SerialNumbers.normalise(asWritten);
		if (normalised == null || normalised.replace("?", "").isEmpty()) {
			return null;
		}
		String shape = SerialNumbers.lookAlikeShape(normalised);
		String pattern = escaped(shape).replace('?', '_');
		parameters.put(name + "Shape", SerialNumbers.isPartial(normalised) ? pattern : pattern + "%");
		return SHAPE + " LIKE :" + name + "Shape";
	}

	/** The folded name within the trigram index's reach, on records whose personal data the caller sees. */
	private String nameCondition(String parameter, String name) {
		rankedByName = true;
		parameters.put(parameter, Accents.fold(name));
		parameters.putIfAbsent("nameFolded", Accents.fold(name));
		return "((:all OR r.agency = ANY(:full)) AND :" + parameter + " <% " + FOLDED_NAME + ")";
	}

	private void equal(String column, String parameter, String value) {
		if (value != null) {
			sql.append(" AND ").append(column).append(" = :").append(parameter);
			parameters.put(parameter, value);
		}
	}

	private static String upper(String value) {
		return RecoveryCriteria.blank(value) ? null : value.trim().toUpperCase(Locale.ROOT);
	}

	private static String escaped(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}

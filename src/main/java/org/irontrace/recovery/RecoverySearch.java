package org.irontrace.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches the recoveries a caller may see, in the database: the caller's visibility is a condition
 * of the query, a possessor's name is matched only on records whose personal data the caller may
 * see (so a name search reveals nothing of the others), and the facets are counted over the same
 * rows as the results. Names are compared folded ({@code irontrace_fold}) through a trigram index,
 * serials through the key and look-alike shape indexes.
 */
@Service
public class RecoverySearch {

	private static final String COLUMNS = """
			r.agency, r.recovery_id, r.recovery_date, r.country, r.admin_area, r.city, r.crime_code, r.serial_number,
			r.serial_key, r.serial_obliterated, r.partial_serial, r.manufacturer, r.manufacturer_key, r.importer,
			r.importer_key, r.model, r.caliber, r.calibre_family, r.firearm_type, r.country_of_manufacture,
			CASE WHEN :all OR r.agency = ANY(:full) THEN r.possessor_first_name END AS possessor_first_name,
			CASE WHEN :all OR r.agency = ANY(:full) THEN r.possessor_last_name END AS possessor_last_name,
			CASE WHEN :all OR r.agency = ANY(:full) THEN r.possessor_nationality END AS possessor_nationality,
			r.incident_id, r.criminal_group, r.criminal_group_key,
			(:all OR r.agency = ANY(:full)) AS named, t.trace_id, t.status AS trace_status
			""";

	private static final String FROM = " FROM recovery r LEFT JOIN current_trace t"
			+ " ON t.agency = r.agency AND t.recovery_id = r.recovery_id WHERE (:all OR r.agency = ANY(:records))";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	RecoverySearch(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** A page of the recoveries that answer the criteria, the most recent first. */
	public List<Hit> search(RecoveryCriteria criteria, Visibility visibility, int offset, int limit) {
		RecoveryConditions where = RecoveryConditions.of(criteria, catalog);
		String order = where.rankedByName() ? " ORDER BY word_similarity(:nameFolded, " + RecoveryConditions.FOLDED_NAME
				+ ") DESC, r.recovery_date DESC, r.agency, r.recovery_id" : " ORDER BY r.recovery_date DESC, r.agency, r.recovery_id";
		return where.bind(visible(jdbc.sql("SELECT " + COLUMNS + FROM + where.sql() + order + " OFFSET :offset LIMIT :limit"),
				visibility)).param("offset", offset).param("limit", limit).query((rs, n) -> read(rs)).list();
	}

	/** How many of the answering recoveries fall in each crime code, country, year and trace status. */
	public List<FacetCount> countFacets(RecoveryCriteria criteria, Visibility visibility) {
		RecoveryConditions where = RecoveryConditions.of(criteria, catalog);
		String sql = "SELECT f.facet, f.value, count(*) AS n FROM (SELECT r.crime_code, r.country, r.recovery_date, t.status"
				+ FROM + where.sql() + ") hit, LATERAL (VALUES ('crime', hit.crime_code), ('country', hit.country),"
				+ " ('year', extract(year FROM hit.recovery_date)::int::text),"
				+ " ('status', coalesce(hit.status, '" + RecoveryCriteria.UNTRACED + "'))) f(facet, value)"
				+ " WHERE f.value IS NOT NULL GROUP BY f.facet, f.value ORDER BY f.facet, n DESC, f.value";
		return where.bind(visible(jdbc.sql(sql), visibility))
			.query((rs, n) -> new FacetCount(rs.getString("facet"), rs.getString("value"), rs.getLong("n")))
			.list();
	}

	private static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec spec, Visibility visibility) {
		return spec.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.param("full", visibility.fullAgencies());
	}

	private static Hit read(ResultSet rs) throws SQLException {
		FirearmDescription firearm = new FirearmDescription(rs.getString("serial_number"), rs.getString("serial_key"),
				rs.getString("manufacturer"), rs.getString("manufacturer_key"), rs.getString("importer"),
				rs.getString("importer_key"), rs.getString("model"), rs.getString("caliber"),
				rs.getString("calibre_family"), rs.getString("firearm_type"), rs.getString("country_of_manufacture"));
		Recovery recovery = new Recovery(rs.getString("agency"), rs.getString("recovery_id"),
				rs.getObject("recovery_date", LocalDate.class), rs.getString("country"), rs.getString("admin_area"),
				rs.getString("city"), rs.getString("crime_code"), rs.getBoolean("serial_obliterated"),
				rs.getString("partial_serial"), firearm, new Recovery.Possessor(rs.getString("possessor_first_name"),
						rs.getString("possessor_last_name"), null, rs.getString("possessor_nationality")),
				rs.getString("incident_id"), rs.getString("criminal_group"), rs.getString("criminal_group_key"));
		String traceId = rs.getString("trace_id");
		return new Hit(recovery, rs.getBoolean("named"), traceId, rs.getString("trace_status"));
	}

	/**
	 * One recovery found.
	 *
	 * @param personalDataShown whether the caller may see this record's possessor (shown or not recorded)
	 * @param traceId the current trace of the recovery, null when it has none
	 */
	public record Hit(Recovery recovery, boolean personalDataShown, String traceId, String traceStatus) {
	}

	/** One value of a facet (crime, country, year, status) and how many recoveries have it. */
	public record FacetCount(String facet, String value, long count) {
	}
}

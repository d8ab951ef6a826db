package org.irontrace.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.CriminalGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads incidents as a caller may see them. Two visibilities decide: the caller's RECOVERIES
 * visibility says which guns it sees (an incident none of whose guns it may see does not exist for
 * it), its TRACES visibility whether it sees their traces and their purchasers. Both are parameters
 * of the statements, so nothing is filtered after loading.
 */
@Service
public class Incidents {

	/** The most incidents one page of a list holds. */
	public static final int MOST_PER_PAGE = 500;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	Incidents(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** The incident with its guns and summary; empty when the caller may see none of its guns. */
	public Optional<Incident> findIncident(String agency, String incidentId, Visibility recoveries, Visibility traces) {
		List<IncidentGun> guns = visible(jdbc.sql(IncidentQueries.GUNS), recoveries, traces)
			.param("agency", agency)
			.param("incident", incidentId)
			.query((rs, n) -> gun(rs))
			.list();
		if (guns.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Incident(agency, incidentId, IncidentSummary.of(guns), guns));
	}

	/**
	 * A page of an agency's incidents the caller may see, the most recent first.
	 *
	 * @param prefix only incidents whose id starts with it (null for all)
	 * @param group only incidents with a gun attributed to this group: its catalogue key or any name the
	 *     catalogue reads as it ({@code CJNG}, {@code cártel de sinaloa}); null for all
	 */
	public List<IncidentLine> listIncidents(String agency, String prefix, String group, Visibility recoveries,
			Visibility traces, int offset, int limit) {
		return visible(jdbc.sql(IncidentQueries.LIST), recoveries, traces)
			.param("agency", agency)
			.param("prefix", prefix == null || prefix.isBlank() ? null : escapeLike(prefix.trim()))
			.param("group", group == null || group.isBlank() ? null : catalog.criminalGroup(group).key())
			.param("offset", Math.max(0, offset))
			.param("limit", Math.min(Math.max(1, limit), MOST_PER_PAGE))
			.query((rs, n) -> line(agency, rs))
			.list();
	}

	/**
	 * The incidents, in every agency the caller sees, with guns traced since a moment, the most
	 * recently traced first: where an analyst coming back finds new answers about a seizure.
	 */
	public List<IncidentNews> tracedSince(java.time.Instant since, Visibility recoveries, Visibility traces, int limit) {
		return visible(jdbc.sql(IncidentQueries.TRACED_SINCE), recoveries, traces)
			.param("since", java.sql.Timestamp.from(since))
			.param("limit", Math.min(Math.max(1, limit), MOST_PER_PAGE))
			.query((rs, n) -> new IncidentNews(rs.getString("agency"), rs.getString("incident_id"), rs.getLong("guns"),
					rs.getLong("newly_traced")))
			.list();
	}

	/** An incident with news: its guns, and how many of them were traced since the visit. */
	public record IncidentNews(String agency, String incidentId, long guns, long newlyTraced) {
	}

	private static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec spec, Visibility recoveries,
			Visibility traces) {
		return spec.param("all", recoveries.everything())
			.param("records", recoveries.recordAgencies())
			.param("tracesAll", traces.everything())
			.param("traceRecords", traces.recordAgencies())
			.param("traceFull", traces.fullAgencies());
	}

	/** A prefix matched literally: {@code %} and {@code _} in an id are characters, not wildcards. */
	private static String escapeLike(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private IncidentLine line(String agency, ResultSet rs) throws SQLException {
		java.sql.Array keys = rs.getArray("groups");
		List<CriminalGroup> groups = keys == null ? List.of()
				: Arrays.stream((Object[]) keys.getArray()).map(key -> catalog.criminalGroupOfKey((String) key)).toList();
		return new IncidentLine(agency, rs.getString("incident_id"), rs.getLong("guns"),
				rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class),
				rs.getLong("traced"), groups);
	}

	private IncidentGun gun(ResultSet rs) throws SQLException {
		IncidentGun.Firearm firearm = new IncidentGun.Firearm(rs.getString("serial_number"), rs.getString("manufacturer"),
				rs.getString("model"), rs.getString("caliber"), rs.getString("firearm_type"));
		String groupKey = rs.getString("criminal_group_key");
		return new IncidentGun(rs.getString("recovery_id"), rs.getObject("recovery_date", LocalDate.class),
				rs.getString("country"), rs.getString("admin_area"), rs.getString("city"), rs.getString("crime_code"),
				firearm, groupKey == null ? null : catalog.criminalGroupOfKey(groupKey), rs.getString("criminal_group"),
				trace(rs));
	}

	private static IncidentGun.Trace trace(ResultSet rs) throws SQLException {
		String traceId = rs.getString("trace_id");
		if (traceId == null) {
			return null;
		}
		String licence = rs.getString("licence");
		IncidentGun.Dealer dealer = licence == null ? null
				: new IncidentGun.Dealer(licence, rs.getString("business_name"), rs.getString("sale_state"));
		boolean shown = rs.getBoolean("personal_data_shown");
		IncidentGun.Purchaser purchaser = shown && (rs.getString("purchaser_first_name") != null
				|| rs.getString("purchaser_last_name") != null)
				? new IncidentGun.Purchaser(rs.getString("purchaser_first_name"), rs.getString("purchaser_last_name"),
						rs.getObject("purchaser_dob", LocalDate.class), rs.getString("purchaser_state"))
				: null;
		return new IncidentGun.Trace(traceId, rs.getString("status"), rs.getString("reason"),
				(Boolean) rs.getObject("us_sourced"), (Integer) rs.getObject("time_to_crime_days"), dealer,
				rs.getObject("sale_date", LocalDate.class), purchaser, shown);
	}
}

package org.irontrace.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.irontrace.platform.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Look-ups of single things of the link graph for the pages that show them: one ring, the rings a
 * dealer supplied, a dealer's guns recovered, a person's links. Every one applies the caller's
 * visibility in its query (rings through the same reader as the ring listing): a ring or a link only when every agency behind
 * it is visible, names only when every one's personal data is.
 */
@Service
public class NetworkLookup {

	private final JdbcClient jdbc;

	private final RingReader rings;

	private final ObjectMapper json;

	NetworkLookup(JdbcClient jdbc, RingReader rings, ObjectMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.rings = rings;
	}

	public Optional<Ring> findRing(String ringId, Visibility visibility) {
		return rings.findRing(ringId, visibility);
	}

	/** The rings whose guns this dealer sold, best first. */
	public List<Ring> listRingsSuppliedBy(String licence, Visibility visibility) {
		return rings.listRingsSuppliedBy(licence, visibility);
	}

	/** The crime guns this dealer sold (or last held) that were recovered by an agency the caller sees, newest first. */
	public List<CrimeGunOfDealer> listCrimeGunsOf(String licence, Visibility visibility, int limit) {
		return visible("""
				SELECT agency, recovery_id, recovery_date, country, admin_area, city, crime_code, serial_number, manufacturer,
				       model, status, trace_id, ttc_days, sale_date
				FROM network_gun WHERE licence = :licence AND (:all OR agency = ANY(CAST(:records AS text[])))
				ORDER BY recovery_date DESC, agency, recovery_id LIMIT :limit
				""", visibility).param("licence", licence).param("limit", limit)
			.query((rs, n) -> new CrimeGunOfDealer(rs.getString("agency"), rs.getString("recovery_id"),
					rs.getObject("recovery_date", LocalDate.class), rs.getString("country"), rs.getString("admin_area"),
					rs.getString("city"), rs.getString("crime_code"), rs.getString("serial_number"), rs.getString("manufacturer"),
					rs.getString("model"), rs.getString("status"), rs.getString("trace_id"),
					(Integer) rs.getObject("ttc_days"), rs.getObject("sale_date", LocalDate.class)))
			.list();
	}

	/**
	 * How many of this dealer's guns were traced back to it over every agency (a count, which shows
	 * no record), and how many of those were recovered within three years of sale.
	 */
	public long[] countTracesTo(String licence) {
		return jdbc.sql("SELECT count(*) FILTER (WHERE sale_date IS NOT NULL), count(*) FILTER (WHERE ttc_days < 1095)"
				+ " FROM network_gun WHERE licence = :licence").param("licence", licence)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** Why this person is tied to others: each link with its kind and detail, when its agencies are visible. */
	public List<PersonLink> listLinksOf(String personId, Visibility visibility) {
		return visible("""
				SELECT CASE WHEN a = :person THEN b ELSE a END AS other, kind, network_link_detail(l.detail, l.document_sealed) AS detail,
				       network_link_wording(l.detail_wording, l.document_sealed)::text AS wording
				FROM network_link l
				WHERE (a = :person OR b = :person) AND (:all OR agencies <@ CAST(:records AS text[]))
				ORDER BY kind, other
				""", visibility).param("person", personId)
			.query((rs, n) -> new PersonLink(rs.getString("other"), rs.getString("kind"), rs.getString("detail"),
					rs.getString("wording") == null ? null : json.readValue(rs.getString("wording"), Wording.class)))
			.list();
	}

	private JdbcClient.StatementSpec visible(String sql, Visibility visibility) {
		return jdbc.sql(sql).param("all", visibility.everything()).param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}

	/** A recovered gun traced to a dealer, as the link graph holds it. */
	public record CrimeGunOfDealer(String agency, String recoveryId, LocalDate recoveryDate, String country,
			String adminArea, String city, String crimeCode, String serialNumber, String manufacturer, String model,
			String traceStatus, String traceId, Integer timeToCrimeDays, LocalDate saleDate) {
	}

	/**
	 * A link of a person to another, with the kind of link and the detail that makes it, in English
	 * and as a wording for pages in other languages (null on links made before it was kept).
	 */
	public record PersonLink(String otherPersonId, String kind, String detail, Wording detailWording) {
	}
}

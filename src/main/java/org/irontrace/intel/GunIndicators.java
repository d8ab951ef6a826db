package org.irontrace.intel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.platform.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The trafficking indicators that fired for one traced gun, for the trace result page: whether its
 * first retail sale was part of a multiple sale or a split purchase, and whether the dealer who
 * sold it is itself a lead. Leads are shown under the same rule as the lead list (only when the
 * caller may see every agency a lead rests on); sale groups carry no personal data.
 */
@Service
public class GunIndicators {

	/**
	 * One indicator, with its kind (a code pages have words for) and the facts it rests on; a dealer
	 * lead's summary in {@code detail}, in English, and as a wording for pages in other languages.
	 */
	public record Indicator(String kind, String detail, Integer count, LocalDate from, LocalDate to, Double score,
			Wording detailWording) {
	}

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	GunIndicators(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The indicators of a gun sold at retail by {@code licence} on {@code saleDate}; none when the
	 * sale is unknown.
	 */
	public List<Indicator> listForSale(String serialNumber, String licence, LocalDate saleDate, Visibility visibility) {
		List<Indicator> fired = new ArrayList<>();
		String serialKey = SerialNumbers.normalise(serialNumber);
		if (serialKey == null || licence == null || saleDate == null) {
			return fired;
		}
		fired.addAll(jdbc.sql("""
				SELECT g.kind, g.category, cardinality(g.event_ids) AS guns, g.first_day, g.last_day
				FROM intel_sale_group g
				WHERE g.first_day BETWEEN CAST(:day AS date) - 31 AND CAST(:day AS date)
				  AND g.last_day >= CAST(:day AS date)
				  AND g.event_ids && ARRAY(SELECT event_id::text FROM custody_event
				                           WHERE serial_key = :serial AND event_type = 'SOLD'
				                             AND from_licence = :licence AND event_date = CAST(:day AS date))
				ORDER BY g.first_day
				""")
			.param("day", saleDate)
			.param("serial", serialKey)
			.param("licence", licence)
			.query((rs, n) -> new Indicator(rs.getString("kind"), rs.getString("category"), rs.getInt("guns"),
					rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class), null, null))
			.list());
		fired.addAll(jdbc.sql("""
				SELECT summary, summary_wording::text AS summary_wording, score FROM lead
				WHERE active AND lead_type = 'DEALER' AND (subject = :licence OR :licence = ANY(licences))
				  AND (:all OR contributing_agencies <@ CAST(:records AS text[]))
				ORDER BY score DESC LIMIT 3
				""")
			.param("licence", licence)
			.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.query((rs, n) -> new Indicator("DEALER_LEAD", rs.getString("summary"), null, null, null,
					rs.getDouble("score"), rs.getString("summary_wording") == null ? null
							: json.readValue(rs.getString("summary_wording"), Wording.class)))
			.list());
		return fired;
	}
}

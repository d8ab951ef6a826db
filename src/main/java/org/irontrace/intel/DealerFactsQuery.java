package org.irontrace.intel;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@link DealerFacts} for dealers with at least one crime gun behind them, in one query. */
@Repository
class DealerFactsQuery {

	private static final String FACTS = """
			WITH sales AS (SELECT from_licence AS licence, count(*) AS n FROM custody_event WHERE event_type = 'SOLD' GROUP BY 1),
			losses AS (SELECT licence, sum(n) AS reports, max(n) AS largest, count(*) AS days FROM (
			               SELECT from_licence AS licence, event_date, count(*) AS n FROM custody_event
			               WHERE event_type IN ('STOLEN', 'LOST') GROUP BY 1, 2) d GROUP BY licence),
			guns AS (SELECT licence,
			                count(*) FILTER (WHERE sale_date IS NOT NULL) AS traces,
			                count(*) FILTER (WHERE ttc_days < 1095) AS short_ttc,
			                count(*) FILTER (WHERE status = 'PARTIAL') AS left_books,
			                count(*) FILTER (WHERE status = 'PARTIAL' AND reason = 'NO_RETAIL_SALE_RECORD') AS vanished,
			                array_agg(DISTINCT agency) AS agencies,
			                (array_agg(agency || '/' || recovery_id ORDER BY ttc_days) FILTER (WHERE ttc_days < 1095))[1 : 10] AS short_guns,
			                (array_agg(agency || '/' || recovery_id ORDER BY recovery_date) FILTER (WHERE status = 'PARTIAL'))[1 : 10] AS left_guns
			         FROM network_gun WHERE licence IS NOT NULL GROUP BY licence),
			dealers AS (SELECT l.licence_number AS licence, l.state, l.business_name, COALESCE(s.n, 0) AS sales,
			                   COALESCE(g.traces, 0) AS traces, COALESCE(g.short_ttc, 0) AS short_ttc,
			                   COALESCE(g.left_books, 0) AS left_books, COALESCE(x.reports, 0) AS loss_reports,
			                   COALESCE(x.largest, 0) AS largest_loss, COALESCE(x.days, 0) AS loss_days,
			                   COALESCE(g.vanished, 0) AS vanished, g.agencies, g.short_guns, g.left_guns
			            FROM licensee l LEFT JOIN sales s ON s.licence = l.licence_number
			            LEFT JOIN guns g ON g.licence = l.licence_number LEFT JOIN losses x ON x.licence = l.licence_number
			            WHERE l.licence_type IN ('01', '02')),
			states AS (SELECT state, sum(sales) AS sales, sum(traces) AS traces, sum(short_ttc) AS short_ttc, sum(loss_days) AS loss_days
			           FROM dealers GROUP BY state)
			SELECT d.*, st.sales AS state_sales, st.traces AS state_traces, st.short_ttc AS state_short_ttc, st.loss_days AS state_loss_days
			FROM dealers d JOIN states st ON st.state IS NOT DISTINCT FROM d.state
			WHERE d.traces + d.left_books > 0 AND (CAST(:only AS text[]) IS NULL OR d.licence = ANY(:only))
			""";

	private final JdbcClient jdbc;

	DealerFactsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every dealer with crime guns, or (when {@code only} is given) just those. */
	List<DealerFacts> list(String[] only) {
		return jdbc.sql(FACTS).param("only", only).query((rs, n) -> new DealerFacts(
				new DealerCrimeGunRate(rs.getString("licence"), rs.getString("state"), rs.getLong("sales"), rs.getLong("traces"),
						rs.getLong("short_ttc"), rs.getLong("state_sales"), rs.getLong("state_traces")),
				rs.getString("business_name"), rs.getLong("left_books"), rs.getLong("loss_reports"), rs.getLong("largest_loss"),
				strings(rs, "agencies"), strings(rs, "short_guns"), strings(rs, "left_guns"),
				new DealerPeerFigures(rs.getLong("loss_days"), rs.getLong("vanished"),
						perSale(rs.getLong("state_loss_days"), rs.getLong("state_sales")),
						perSale(rs.getLong("state_short_ttc"), rs.getLong("state_sales"))))).list();
	}

	private static double perSale(long count, long sales) {
		return sales == 0 ? 0 : (double) count / sales;
	}

	static List<String> strings(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : java.util.Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}

package org.irontrace.intel;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads {@link DealerFacts} for dealers with at least one crime gun behind them. Their ledger figures
 * are counted into {@code intel_dealer_ledger} by a full refresh (and for a dealer a new recovery
 * touches), so a state's peer figures are sums over its dealers' rows rather than over the ledger.
 */
@Repository
class DealerFactsQuery {

	/** Each dealer's sales and loss reports: of the dealers {@code :only} (through the ledger's index on the counter), or (null) of all. */
	private static final String LEDGER = """
			INSERT INTO intel_dealer_ledger (licence, state, business_name, sales, loss_reports, largest_loss, loss_days)
			WITH sales AS (SELECT from_licence AS licence, count(*) AS n FROM custody_event WHERE event_type = 'SOLD'
			                 AND (CAST(:only AS text[]) IS NULL OR from_licence = ANY(:only)) GROUP BY 1),
			losses AS (SELECT licence, sum(n) AS reports, max(n) AS largest, count(*) AS days FROM (
			               SELECT from_licence AS licence, event_date, count(*) AS n FROM custody_event
			               WHERE event_type IN ('STOLEN', 'LOST') AND (CAST(:only AS text[]) IS NULL OR from_licence = ANY(:only))
			               GROUP BY 1, 2) d GROUP BY licence)
			SELECT l.licence_number, l.state, l.business_name, COALESCE(s.n, 0), COALESCE(x.reports, 0), COALESCE(x.largest, 0),
			       COALESCE(x.days, 0)
			FROM licensee l LEFT JOIN sales s ON s.licence = l.licence_number LEFT JOIN losses x ON x.licence = l.licence_number
			WHERE l.licence_type IN ('01', '02') AND (CAST(:only AS text[]) IS NULL OR l.licence_number = ANY(:only))
			ON CONFLICT (licence) DO UPDATE SET state = excluded.state, business_name = excluded.business_name, sales = excluded.sales,
			    loss_reports = excluded.loss_reports, largest_loss = excluded.largest_loss, loss_days = excluded.loss_days
			""";

	/**
	 * The facts of dealers with crime guns beside their state's figures. {@code :only} limits the
	 * dealers counted to every dealer of the states of these (the peers their figures are set against,
	 * read as an array once so the indexes on the licence serve), or is null for all;
	 * {@code :answered} limits the dealers answered, or is null for every one counted.
	 */
	private static final String FACTS = """
			WITH guns AS (SELECT licence,
			                count(*) FILTER (WHERE sale_date IS NOT NULL) AS traces,
			                count(*) FILTER (WHERE ttc_days < 1095) AS short_ttc,
			                count(*) FILTER (WHERE status = 'PARTIAL') AS left_books,
			                count(*) FILTER (WHERE status = 'PARTIAL' AND reason = 'NO_RETAIL_SALE_RECORD') AS vanished,
			                array_agg(DISTINCT agency) AS agencies,
			                (array_agg(agency || '/' || recovery_id ORDER BY ttc_days, agency, recovery_id) FILTER (WHERE ttc_days < 1095))[1 : 10] AS short_guns,
			                (array_agg(agency || '/' || recovery_id ORDER BY recovery_date, agency, recovery_id) FILTER (WHERE status = 'PARTIAL'))[1 : 10] AS left_guns
			         FROM network_gun WHERE licence IS NOT NULL
			              AND (CAST(:only AS text[]) IS NULL OR licence = ANY(ARRAY(SELECT p.licence FROM intel_dealer_ledger p JOIN intel_dealer_ledger w ON w.state IS NOT DISTINCT FROM p.state
			                                                      WHERE w.licence = ANY(:only))))
			         GROUP BY licence),
			dealers AS (SELECT d.licence, d.state, d.business_name, d.sales,
			                   COALESCE(g.traces, 0) AS traces, COALESCE(g.short_ttc, 0) AS short_ttc,
			                   COALESCE(g.left_books, 0) AS left_books, d.loss_reports,
			                   d.largest_loss, d.loss_days,
			                   COALESCE(g.vanished, 0) AS vanished, g.agencies, g.short_guns, g.left_guns
			            FROM intel_dealer_ledger d LEFT JOIN guns g ON g.licence = d.licence
			            WHERE CAST(:only AS text[]) IS NULL OR d.licence = ANY(ARRAY(SELECT p.licence FROM intel_dealer_ledger p JOIN intel_dealer_ledger w ON w.state IS NOT DISTINCT FROM p.state
			                                                      WHERE w.licence = ANY(:only)))),
			states AS (SELECT state, sum(sales) AS sales, sum(traces) AS traces, sum(short_ttc) AS short_ttc, sum(loss_days) AS loss_days
			           FROM dealers GROUP BY state)
			SELECT d.*, st.sales AS state_sales, st.traces AS state_traces, st.short_ttc AS state_short_ttc, st.loss_days AS state_loss_days
			FROM dealers d JOIN states st ON st.state IS NOT DISTINCT FROM d.state
			WHERE d.traces + d.left_books > 0 AND (CAST(:answered AS text[]) IS NULL OR d.licence = ANY(:answered))
			""";

	private final JdbcClient jdbc;

	DealerFactsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every dealer with crime guns, their ledger figures counted again. */
	List<DealerFacts> list() {
		jdbc.sql("TRUNCATE intel_dealer_ledger").update();
		ledger(null);
		return read(facts(null, null));
	}

	/**
	 * These dealers, counted again in the ledger (through its index on the counter), and every dealer of
	 * their states, set against the state's figures as of the latest count, with every crime gun known
	 * now: a new crime gun moves the average each of them is compared with.
	 */
	List<DealerFacts> listWithPeersOf(String[] only) {
		if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM intel_dealer_ledger)").query(Boolean.class).single()) {
			// No full refresh has counted the peers yet: count them once, so the first leads compare fairly.
			ledger(null);
		}
		ledger(only);
		return read(facts(only, null));
	}

	/** Counts the ledger figures of these dealers again, or (null) of every dealer. */
	private void ledger(String[] only) {
		jdbc.sql(LEDGER).param("only", only, Types.ARRAY).update();
	}

	private JdbcClient.StatementSpec facts(String[] only, String[] answered) {
		return jdbc.sql(FACTS).param("only", only, Types.ARRAY).param("answered", answered, Types.ARRAY);
	}

	private List<DealerFacts> read(JdbcClient.StatementSpec facts) {
		return facts.query((rs, n) -> new DealerFacts(
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

package org.irontrace.interdiction;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The figures of {@link Performance}, counted in SQL over the shipments the caller may see. */
@Service
public class PerformanceFigures {

	/** Outcome per shipment: seized when any inspection seized, guns as found over its inspections. */
	private static final String OUTCOMES = """
			WITH outcome AS (
			    SELECT agency, shipment_id, bool_or(result = 'SEIZED') AS seized, sum(coalesce(firearms_found, 0)) AS guns
			    FROM interdiction_inspection WHERE :everything OR agency = ANY(:agencies) GROUP BY agency, shipment_id
			)
			""";

	private static final String PORTS = OUTCOMES + """
			SELECT s.origin_port, s.mode, count(*) AS shipments, count(o.shipment_id) AS inspections,
			       count(*) FILTER (WHERE o.seized) AS seizures, coalesce(sum(o.guns), 0) AS guns
			FROM interdiction_shipment s LEFT JOIN outcome o ON o.agency = s.agency AND o.shipment_id = s.shipment_id
			WHERE (:everything OR s.agency = ANY(:agencies)) AND s.departure_date BETWEEN :from AND :to
			GROUP BY s.origin_port, s.mode ORDER BY s.origin_port, s.mode
			""";

	private static final String INSPECTED = OUTCOMES + """
			SELECT s.agency || '/' || s.shipment_id AS id, o.seized
			FROM interdiction_shipment s JOIN outcome o ON o.agency = s.agency AND o.shipment_id = s.shipment_id
			WHERE (:everything OR s.agency = ANY(:agencies)) AND s.departure_date BETWEEN :from AND :to
			""";

	private static final String CONVEYORS = OUTCOMES + """
			, conveyed AS (
			    SELECT 'FORWARDER' AS kind, s.forwarder AS name, s.departure_date, o.seized, o.guns
			    FROM interdiction_shipment s LEFT JOIN outcome o ON o.agency = s.agency AND o.shipment_id = s.shipment_id
			    WHERE (:everything OR s.agency = ANY(:agencies)) AND s.departure_date BETWEEN :from AND :to
			      AND s.forwarder IS NOT NULL
			    UNION ALL
			    SELECT 'CARRIER', coalesce(upper(left(s.container_id, 4)), upper(s.vehicle_plate)), s.departure_date, o.seized, o.guns
			    FROM interdiction_shipment s LEFT JOIN outcome o ON o.agency = s.agency AND o.shipment_id = s.shipment_id
			    WHERE (:everything OR s.agency = ANY(:agencies)) AND s.departure_date BETWEEN :from AND :to
			      AND coalesce(s.container_id, s.vehicle_plate) IS NOT NULL
			)
			SELECT kind, name, to_char(departure_date, 'YYYY-MM') AS month, count(*) AS shipments,
			       count(*) FILTER (WHERE seized) AS seizures, coalesce(sum(guns), 0) AS guns
			FROM conveyed GROUP BY kind, name, month HAVING count(*) FILTER (WHERE seized) > 0
			ORDER BY guns DESC, seizures DESC, kind, name, month LIMIT 200
			""";

	private final JdbcClient jdbc;

	private final Interdiction interdiction;

	PerformanceFigures(JdbcClient jdbc, Interdiction interdiction) {
		this.jdbc = jdbc;
		this.interdiction = interdiction;
	}

	/** The figures of a period; the top is {@code topShare} of the period's shipments (at least one). */
	public Performance count(LocalDate from, LocalDate to, double topShare, Visibility records, Visibility graph) {
		List<Performance.PortAndMode> ports = spec(PORTS, from, to, records).query((rs, row) -> {
			long inspections = rs.getLong("inspections");
			long seizures = rs.getLong("seizures");
			return new Performance.PortAndMode(rs.getString("origin_port"), rs.getString("mode"), rs.getLong("shipments"),
					inspections, seizures, inspections == 0 ? null : (double) seizures / inspections, rs.getLong("guns"));
		}).list();
		Interdiction.TargetList ranked = interdiction.listTargets(from, to, null, Integer.MAX_VALUE, records, graph);
		int topN = Math.max(1, (int) Math.round(ranked.ranked() * topShare));
		Set<String> top = new HashSet<>();
		ranked.targets().stream().limit(topN).forEach(target -> top.add(target.agency() + "/" + target.shipmentId()));
		long[] counts = new long[4];
		spec(INSPECTED, from, to, records).query(rs -> {
			boolean seized = rs.getBoolean("seized");
			boolean inTop = top.contains(rs.getString("id"));
			counts[0]++;
			counts[1] += seized ? 1 : 0;
			counts[2] += inTop ? 1 : 0;
			counts[3] += inTop && seized ? 1 : 0;
		});
		Double overall = counts[0] == 0 ? null : (double) counts[1] / counts[0];
		Double topRate = counts[2] == 0 ? null : (double) counts[3] / counts[2];
		Double ratio = overall == null || topRate == null || overall == 0 ? null : topRate / overall;
		Performance.TopVersusRandom versus = new Performance.TopVersusRandom(topN, ranked.ranked(), counts[2], counts[3],
				topRate, counts[0], counts[1], overall, ratio);
		List<Performance.Conveyor> conveyors = spec(CONVEYORS, from, to, records)
			.query((rs, row) -> new Performance.Conveyor(rs.getString("kind"), rs.getString("name"), rs.getString("month"),
					rs.getLong("shipments"), rs.getLong("seizures"), rs.getLong("guns")))
			.list();
		return new Performance(from, to, ports, versus, conveyors, ranked.weights());
	}

	private JdbcClient.StatementSpec spec(String sql, LocalDate from, LocalDate to, Visibility records) {
		return jdbc.sql(sql)
			.param("everything", records.everything())
			.param("agencies", records.recordAgencies())
			.param("from", from)
			.param("to", to);
	}
}

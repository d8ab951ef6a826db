package org.irontrace.interdiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads shipments with what IronTrace knows around them ({@link ShipmentFacts}) in one statement:
 * how often the consignee appears, the forwarder's, route's and contacts' seizures (leaving the
 * shipment's own outcome out, so a shipment never testifies for itself), and the keys its parties'
 * names and address are matched by against the people of the link graph ({@link GraphPeople}, read
 * once per ranking and looked up in memory: a join with the graph inside the statement was planned as
 * a nested loop once the graph held tens of thousands of people).
 */
@Component
class TargetingQueries {

	/** Countries where seized US guns keep arriving (Small Arms Survey 2024; ATF trace data by country). */
	static final Set<String> HIGH_RISK_DESTINATIONS = Set.of("MX", "JM", "HT", "TT", "BS", "DO", "BB", "LC", "VC",
			"GD", "KN", "AG", "DM", "GY", "BZ", "HN", "GT", "SV", "TC", "KY");

	/** Each shipment's facts; it ends in WHERE, and each statement below is it with its own condition. */
	private static final String FACTS = """
			WITH visible AS (
			    SELECT * FROM interdiction_shipment WHERE (:everything OR agency = ANY(:agencies))
			), outcome AS (
			    SELECT i.agency, i.shipment_id, bool_or(i.result = 'SEIZED') AS seized
			    FROM interdiction_inspection i WHERE (:everything OR i.agency = ANY(:agencies))
			    GROUP BY i.agency, i.shipment_id
			), marked AS (
			    SELECT v.*, coalesce(o.seized, false) AS seized, o.shipment_id IS NOT NULL AS inspected,
			           v.contact_keys AS contacts
			    FROM visible v LEFT JOIN outcome o ON o.agency = v.agency AND o.shipment_id = v.shipment_id
			), consignees AS (
			    SELECT consignee_key, consignee_country, count(*) AS n FROM marked
			    WHERE consignee_key IS NOT NULL GROUP BY consignee_key, consignee_country
			), forwarders AS (
			    SELECT forwarder, count(*) AS n, count(*) FILTER (WHERE seized) AS seized FROM marked
			    WHERE forwarder IS NOT NULL GROUP BY forwarder
			), routes AS (
			    SELECT origin_port, destination_port, count(*) AS n, count(*) FILTER (WHERE seized) AS seized
			    FROM marked GROUP BY origin_port, destination_port
			), seized_contacts AS (
			    SELECT contact, count(DISTINCT (agency, shipment_id)) AS n
			    FROM marked, unnest(contacts) AS contact
			    WHERE seized AND contact IS NOT NULL AND length(contact) >= 7 GROUP BY contact
			), contact_hits AS (
			    SELECT m.agency, m.shipment_id, max(sc.n) AS n
			    FROM marked m CROSS JOIN LATERAL unnest(m.contacts) AS own(key) JOIN seized_contacts sc ON sc.contact = own.key
			    GROUP BY m.agency, m.shipment_id
			), peers AS (
			    -- What the same goods weigh and are worth as the others declare them: nine in ten under, nine in ten above.
			    SELECT lower(description) AS goods,
			           percentile_cont(0.9) WITHIN GROUP (ORDER BY weight_kg / packages) AS heaviest,
			           percentile_cont(0.1) WITHIN GROUP (ORDER BY declared_value_usd / weight_kg) AS cheapest
			    FROM marked WHERE description IS NOT NULL AND packages > 0 AND weight_kg > 0 AND declared_value_usd IS NOT NULL
			    GROUP BY lower(description) HAVING count(*) >= :fewestPeers
			), senders AS (
			    -- One sender: one name at one address, or one name with one phone where no address is given.
			    SELECT agency, shipment_id, count(*) OVER (PARTITION BY sender ORDER BY departure_date
			               RANGE BETWEEN make_interval(days => :senderWindowDays) PRECEDING
			                     AND make_interval(days => :senderWindowDays) FOLLOWING) AS n
			    FROM (SELECT agency, shipment_id, departure_date, shipper_key || '|' || coalesce(shipper_address_key,
			                 CASE WHEN length(contacts[1]) >= 7 THEN contacts[1] END) AS sender
			          FROM marked) named
			    WHERE sender IS NOT NULL
			)
			SELECT s.agency, s.shipment_id, s.mode, s.departure_date, s.origin_port, s.destination_port,
			       s.destination_country, s.forwarder, s.hs_code, s.description, s.declared_value_usd, s.weight_kg,
			       s.packages, s.seized, s.inspected,
			       coalesce(c.n, 0) AS consignee_shipments,
			       s.shipper_key, s.consignee_key, s.shipper_address_key,
			       coalesce(h.n, 0) - CASE WHEN s.seized AND h.n IS NOT NULL THEN 1 ELSE 0 END AS seized_contacts,
			       coalesce(f.n, 1) - 1 AS forwarder_shipments,
			       coalesce(f.seized, 0) - CASE WHEN s.seized AND f.forwarder IS NOT NULL THEN 1 ELSE 0 END AS forwarder_seizures,
			       r.n - 1 AS route_shipments,
			       r.seized - CASE WHEN s.seized THEN 1 ELSE 0 END AS route_seizures,
			       p.heaviest AS peer_heaviest, p.cheapest AS peer_cheapest, coalesce(sd.n, 1) AS sender_shipments
			FROM marked s
			LEFT JOIN consignees c ON c.consignee_key = s.consignee_key AND c.consignee_country IS NOT DISTINCT FROM s.consignee_country
			LEFT JOIN forwarders f ON f.forwarder = s.forwarder
			JOIN routes r ON r.origin_port = s.origin_port AND r.destination_port = s.destination_port
			LEFT JOIN peers p ON p.goods = lower(s.description)
			LEFT JOIN contact_hits h ON h.agency = s.agency AND h.shipment_id = s.shipment_id
			LEFT JOIN senders sd ON sd.agency = s.agency AND sd.shipment_id = s.shipment_id
			WHERE\s""";

	/** The shipments leaving in a period, from one port or all. */
	private static final String IN_PERIOD = FACTS
			+ "s.departure_date BETWEEN :from AND :to AND (CAST(:port AS text) IS NULL OR s.origin_port = :port)";

	/** Every inspected shipment with its outcome: what the weights learn from. */
	private static final String INSPECTED = FACTS + "s.inspected";

	/** Days either side of a shipment within which its sender's other shipments are counted. */
	static final int SENDER_WINDOW_DAYS = 14;

	/** Declarations of the same goods needed before they, not the written figures, say what is heavy or cheap. */
	static final int FEWEST_PEERS = 30;

	private final JdbcClient jdbc;

	TargetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A shipment's facts and, for inspected ones, whether guns were found. */
	record Read(ShipmentFacts facts, boolean inspected, boolean seized) {
	}

	List<Read> listInPeriod(LocalDate from, LocalDate to, String port, Visibility records, Visibility graph) {
		GraphPeople people = GraphPeople.read(jdbc, graph);
		return query(IN_PERIOD, records).param("from", from).param("to", to).param("port", port)
			.query((rs, row) -> read(rs, people)).list();
	}

	List<Read> listInspected(Visibility records, Visibility graph) {
		GraphPeople people = GraphPeople.read(jdbc, graph);
		return query(INSPECTED, records).query((rs, row) -> read(rs, people)).list();
	}

	private JdbcClient.StatementSpec query(String sql, Visibility records) {
		return jdbc.sql(sql)
			.param("everything", records.everything())
			.param("agencies", records.recordAgencies())
			.param("fewestPeers", FEWEST_PEERS)
			.param("senderWindowDays", SENDER_WINDOW_DAYS);
	}

	private static Read read(ResultSet rs, GraphPeople people) throws SQLException {
		GraphPeople.Person shipper = people.named(rs.getString("shipper_key"));
		GraphPeople.Person consignee = people.named(rs.getString("consignee_key"));
		String destination = rs.getString("destination_country");
		ShipmentFacts facts = new ShipmentFacts(rs.getString("agency"), rs.getString("shipment_id"), rs.getString("mode"),
				rs.getObject("departure_date", LocalDate.class), rs.getString("origin_port"),
				rs.getString("destination_port"), destination, rs.getString("forwarder"), rs.getString("hs_code"),
				rs.getString("description"), (Double) rs.getObject("declared_value_usd"),
				(Double) rs.getObject("weight_kg"), (Integer) rs.getObject("packages"), rs.getInt("consignee_shipments"),
				HIGH_RISK_DESTINATIONS.contains(destination), shipper.purchaser(),
				shipper.ringMember() || consignee.ringMember(), consignee.possessor(),
				people.isPurchaserAddress(rs.getString("shipper_address_key")), shipper.gunsBought(),
				rs.getInt("seized_contacts"),
				rs.getInt("forwarder_shipments"), rs.getInt("forwarder_seizures"), rs.getInt("route_shipments"),
				rs.getInt("route_seizures"), (Double) rs.getObject("peer_heaviest"), (Double) rs.getObject("peer_cheapest"),
				rs.getInt("sender_shipments"));
		return new Read(facts, rs.getBoolean("inspected"), rs.getBoolean("seized"));
	}

	static List<ShipmentFacts> facts(List<Read> reads) {
		List<ShipmentFacts> facts = new ArrayList<>(reads.size());
		reads.forEach(read -> facts.add(read.facts()));
		return facts;
	}
}

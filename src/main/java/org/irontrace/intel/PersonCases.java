package org.irontrace.intel;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gathers {@link PersonCase}s from the link graph and the sale groups: three queries, whatever the
 * count, in a fixed order, so a person's lead reads the same however many people were read with them.
 */
@Repository
class PersonCases {

	private final JdbcClient jdbc;

	PersonCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rings of every purchaser, in one pass over the rings. */
	private static final String EVERYONES_RINGS = """
			SELECT p, ring_id, cardinality(guns) AS guns, cardinality(purchasers) AS purchasers
			FROM network_ring, unnest(purchasers) p
			WHERE p = ANY(:people)
			ORDER BY p, ring_id
			""";

	/** The rings of a few purchasers, found through the purchasers' index a person at a time (V241). */
	private static final String THEIR_RINGS = """
			SELECT p, ring_id, cardinality(guns) AS guns, cardinality(purchasers) AS purchasers
			FROM network_ring, unnest(purchasers) p
			WHERE ring_id = ANY(network_rings_bought_by(CAST(:people AS text[]))) AND p = ANY(:people)
			ORDER BY p, ring_id
			""";

	/** Every purchaser of a traced crime gun, or only these. */
	Collection<PersonCase> list(String[] only) {
		Map<String, PersonCase> cases = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT g.*, p.first_name, p.last_name, p.dob,
				       EXISTS (SELECT 1 FROM network_gun o WHERE o.seizure_key = g.seizure_key AND o.purchaser_id <> g.purchaser_id) AS seized_with_others,
				       EXISTS (SELECT 1 FROM network_repeat_sale r WHERE r.licence = g.licence AND r.day = g.sale_date
				               AND r.person = g.purchaser_id) AS bought_among_others
				FROM network_gun g
				LEFT JOIN network_person p ON p.person_id = g.purchaser_id
				WHERE g.purchaser_id IS NOT NULL AND g.sale_date IS NOT NULL
				  AND (CAST(:only AS text[]) IS NULL OR g.purchaser_id = ANY(:only))
				ORDER BY g.purchaser_id, g.recovery_date, g.agency, g.recovery_id
				""").param("only", only, Types.ARRAY).query(rs -> {
			PersonCase person = cases.computeIfAbsent(rs.getString("purchaser_id"), PersonCase::new);
			if (person.named == null) {
				person.named = new LeadPerson(person.personId, rs.getString("first_name"), rs.getString("last_name"),
						rs.getString("dob"));
			}
			String makeModel = String.join(" ", java.util.stream.Stream.of(rs.getString("manufacturer"), rs.getString("model"))
				.filter(s -> s != null).toList());
			CrimeGun gun = new CrimeGun(rs.getString("agency"), rs.getString("recovery_id"),
					rs.getObject("recovery_date", LocalDate.class), rs.getString("country"), rs.getString("admin_area"),
					(Integer) rs.getObject("ttc_days"), person.personId, rs.getString("possessor_id"),
					rs.getString("calibre_family"), rs.getString("firearm_type"), rs.getBoolean("serial_obliterated"),
					rs.getString("licence"), rs.getString("dealer_state"), rs.getObject("sale_date", LocalDate.class), makeModel,
					rs.getString("serial_number"), rs.getBoolean("reported_multiple_sale"));
			person.guns.add(gun);
			if (rs.getBoolean("seized_with_others")) {
				person.seizedWithOthers.add(gun);
			}
			if (rs.getBoolean("bought_among_others")) {
				person.boughtAmongOthers.add(gun);
			}
		});
		String[] people = cases.keySet().toArray(String[]::new);
		jdbc.sql("SELECT * FROM intel_sale_group WHERE purchaser_id = ANY(:people) ORDER BY purchaser_id, first_day, kind, category, last_day")
			.param("people", people).query(rs -> {
			cases.get(rs.getString("purchaser_id")).saleGroups.add(new PersonCase.SaleGroupFact(rs.getString("kind"),
					rs.getString("category"), rs.getString("first_day"), rs.getString("last_day"),
					((String[]) rs.getArray("event_ids").getArray()).length,
					List.of((String[]) rs.getArray("licences").getArray())));
		});
		jdbc.sql(only == null ? EVERYONES_RINGS : THEIR_RINGS).param("people", people).query(rs -> {
			cases.get(rs.getString("p")).rings.add(new PersonCase.RingFact(rs.getString("ring_id"), rs.getInt("guns"),
					rs.getInt("purchasers")));
		});
		return cases.values();
	}
}

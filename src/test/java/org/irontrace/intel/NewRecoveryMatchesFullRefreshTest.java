package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two new recoveries brought in on their own (a gun of a known straw purchaser found again with
 * someone new, the first crime gun of a buyer who bought alongside others, which an examiner had
 * already tied to another crime gun through the casings of one scene, and guns taken in one incident
 * on different days) leave the links, rings and leads around them exactly as a full refresh of the
 * whole world then finds them.
 */
@SpringBootTest
class NewRecoveryMatchesFullRefreshTest {

	final ApplicationContext beans;

	final ImportService imports;

	final TraceService traces;

	final Intelligence intelligence;

	final JdbcClient jdbc;

	@Autowired
	NewRecoveryMatchesFullRefreshTest(ApplicationContext beans, ImportService imports, TraceService traces,
			Intelligence intelligence, JdbcClient jdbc) {
		this.beans = beans;
		this.imports = imports;
		this.traces = traces;
		this.intelligence = intelligence;
		this.jdbc = jdbc;
	}

	@TempDir
	Path world;

	@Test
	void theNeighbourhoodOfNewRecoveriesMatchesAFullRefresh() throws Exception {
		long seed = 31337;
		String tag = TaggedWorld.load(beans, world, seed, 4000);
		intelligence.refresh();

		Map<String, Object> known = jdbc.sql("""
				SELECT g.agency, g.recovery_id, r.country, r.admin_area, g.serial_number, g.manufacturer FROM network_gun g
				JOIN recovery r ON r.agency = g.agency AND r.recovery_id = g.recovery_id
				JOIN lead l ON l.lead_type = 'PERSON' AND l.subject = g.purchaser_id AND l.active
				WHERE g.recovery_id LIKE ? ORDER BY l.score DESC, g.recovery_id LIMIT 1
				""").param(tag + "-%").query().singleRow();
		String agency = (String) known.get("agency");
		String events = "W" + Long.toUnsignedString(seed, 36).toUpperCase() + "-%";
		Map<String, Object> firstCrimeGun = jdbc.sql("""
				SELECT e.event_date + 200 AS recovered, e.serial_number, e.manufacturer FROM custody_event e
				JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
				WHERE e.event_type = 'SOLD' AND e.event_id LIKE ? AND e.event_date > DATE '2019-01-01'
				  AND NOT EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = pa.person_id)
				  AND NOT EXISTS (SELECT 1 FROM custody_event later WHERE later.serial_key = e.serial_key AND later.event_date > e.event_date)
				  AND (SELECT count(*) FROM custody_event o WHERE o.event_type = 'SOLD' AND o.from_licence = e.from_licence
				       AND o.event_date BETWEEN e.event_date - 60 AND e.event_date + 60) >= 5
				ORDER BY e.event_id LIMIT 1
				""").param(events).query().singleRow();
		String again = tag + "-AGAIN";
		String first = tag + "-FIRST";
		// Both guns were taken in one incident, on different days: the incident, not the day and
		// place, says they were seized together.
		String incident = tag + "-RAID";
		String csv = "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,serial_number,manufacturer,"
				+ "possessor_first_name,possessor_last_name,incident_id\n"
				+ String.join(",", again, agency, "2024-06-01", (String) known.get("country"), java.util.Objects.toString(known.get("admin_area"), ""), "",
						"HOMICIDE", (String) known.get("serial_number"), (String) known.get("manufacturer"), "Nuevo", "Portador" + tag, incident)
				+ "\n" + String.join(",", first, agency, firstCrimeGun.get("recovered").toString(), (String) known.get("country"),
						java.util.Objects.toString(known.get("admin_area"), ""), "", "WEAPONS_OFFENSE", (String) firstCrimeGun.get("serial_number"),
						(String) firstCrimeGun.get("manufacturer"), "", "", incident)
				+ "\n";
		Map<String, Object> otherCrimeGun = jdbc.sql("""
				SELECT agency, recovery_id FROM network_gun
				WHERE recovery_id LIKE ? AND purchaser_id IS NOT NULL AND (agency, recovery_id) <> (?, ?)
				ORDER BY recovery_id LIMIT 1
				""").params(tag + "-%", agency, known.get("recovery_id")).query().singleRow();
		String scene = "case:" + agency + "/" + tag + "-SCENE";
		String links = "link_id,agency,item_a,item_b,link_date,confidence\n"
				+ String.join(",", tag + "-L1", agency, "recovery:" + agency + "/" + first, scene, "2024-07-01", "CONFIRMED") + "\n"
				+ String.join(",", tag + "-L2", agency, scene, "recovery:" + otherCrimeGun.get("agency") + "/" + otherCrimeGun.get("recovery_id"),
						"2024-07-02", "PROBABLE") + "\n";
		imports.importCsv("ballistic-links", new ByteArrayInputStream(links.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		imports.importCsv("recoveries", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		traces.trace(agency, again);
		traces.trace(agency, first);
		intelligence.refreshFor(agency, List.of(again, first));

		String[] touched = jdbc.sql("""
				SELECT DISTINCT p FROM network_gun, unnest(ARRAY[purchaser_id, possessor_id]) p
				WHERE agency = ? AND recovery_id IN (?, ?) AND p IS NOT NULL
				""").params(agency, again, first).query(String.class).list().toArray(String[]::new);
		assertThat(touched).as("the purchasers of both guns and the new possessor").hasSizeGreaterThanOrEqualTo(3);
		Neighbourhood incremental = neighbourhood(touched);
		assertThat(incremental.links()).as("the new possessor is linked to the purchaser").anyMatch(link -> link.contains("FOUND_WITH"));
		assertThat(incremental.links()).as("the first crime gun's buyer, tied by ballistics to another crime gun's")
			.anyMatch(link -> link.contains("BALLISTIC_LINK"));
		assertThat(incremental.links()).as("the purchasers of the incident's guns are linked")
			.anyMatch(link -> link.contains("RECOVERED_TOGETHER") && link.contains("in incident " + incident));
		assertThat(incremental.leads()).as("the leads around the new recoveries").isNotEmpty();

		intelligence.refresh();
		Neighbourhood full = neighbourhood(touched);
		assertThat(incremental.links()).isEqualTo(full.links());
		assertThat(incremental.rings()).isEqualTo(full.rings());
		assertThat(incremental.leads()).isEqualTo(full.leads());
		assertThat(incremental.staleRingLeads()).isZero();
	}

	/** What an analyst sees around these people: their links, every ring, and the leads on them, their dealers and rings. */
	private Neighbourhood neighbourhood(String[] touched) {
		List<String> links = jdbc.sql("""
				SELECT concat_ws(' | ', a, b, kind, strength, detail) FROM network_link WHERE a = ANY(:p) OR b = ANY(:p) ORDER BY 1
				""").param("p", touched).query(String.class).list();
		List<String> rings = jdbc.sql("""
				SELECT concat_ws(' | ', ring_id, members::text, score, purchasers::text, licences::text, guns::text, links::text,
				                 contributing_agencies::text)
				FROM network_ring ORDER BY 1
				""").query(String.class).list();
		List<String> leads = jdbc.sql("""
				SELECT concat_ws(' | ', lead_type, subject, score, summary, indicators::text, evidence::text, people::text,
				                 licences::text, contributing_agencies::text)
				FROM lead WHERE active AND (lead_type = 'PERSON' AND subject = ANY(:p)
				    OR lead_type = 'RING' AND subject IN (SELECT ring_id FROM network_ring WHERE members && CAST(:p AS text[]))
				    OR lead_type = 'DEALER' AND subject IN (SELECT licence FROM network_gun WHERE purchaser_id = ANY(:p)))
				ORDER BY 1
				""").param("p", touched).query(String.class).list();
		long stale = jdbc.sql("""
				SELECT count(*) FROM lead WHERE active AND lead_type = 'RING'
				    AND NOT EXISTS (SELECT 1 FROM network_ring r WHERE r.ring_id = lead.subject)
				""").query(Long.class).single();
		return new Neighbourhood(links, rings, leads, stale);
	}

	record Neighbourhood(List<String> links, List<String> rings, List<String> leads, long staleRingLeads) {
	}
}

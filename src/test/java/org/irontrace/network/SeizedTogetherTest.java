package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.Intelligence;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where an agency names no incident, guns are guessed to have been seized together when one agency
 * recovered them on one day in one place (a city) or from one possessor. A state is not a place: an
 * agency that recovers a few hundred guns a day across a state, with no city and no possessor, must
 * not have every buyer of a day linked to every other.
 */
@IntegrationTest
class SeizedTogetherTest {

	@Autowired
	ImportService imports;

	@Autowired
	TraceService traces;

	@Autowired
	Intelligence intelligence;

	@Autowired
	JdbcClient jdbc;

	final String t = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + t;

	@Test
	void gunsOfOneDayAreSeizedTogetherOnlyWhereACityOrAPossessorSaysSo() {
		load("licensees", csv(LICENSEES_HEADER, "S-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		String[] buyers = { "Abigail,Sandoval", "Bruno,Tellez", "Celia,Urbina", "Dario,Valdes", "Elena,Zepeda", "Fausto,Yanez" };
		StringBuilder sales = new StringBuilder();
		for (int gun = 1; gun <= buyers.length; gun++) {
			sales.append(t).append("-S").append(gun).append(",SOLD,2021-02-0").append(gun).append(',').append(t).append('G').append(gun)
				.append(",Glock,,19,9mm,PISTOL,US,S-").append(t).append(",,").append(buyers[gun - 1]).append(t)
				.append(",1980-0").append(gun).append("-1").append(gun).append(",TX\n");
		}
		load("commerce-events", EVENTS_HEADER + "\n" + sales);
		load("recoveries", csv(RECOVERIES_HEADER,
				// the same day, the same state, nothing else: two seizures of their own
				"G1," + agency + ",2022-05-10,MX,TAM,,HOMICIDE," + t + "G1,N,,Glock,,,,,,,",
				"G2," + agency + ",2022-05-10,MX,TAM,,HOMICIDE," + t + "G2,N,,Glock,,,,,,,",
				// the same day, the same city
				"G3," + agency + ",2022-05-11,MX,TAM,Reynosa,HOMICIDE," + t + "G3,N,,Glock,,,,,,,",
				"G4," + agency + ",2022-05-11,MX,TAM,Reynosa,HOMICIDE," + t + "G4,N,,Glock,,,,,,,",
				// the same day, the same possessor, no city
				"G5," + agency + ",2022-05-12,MX,TAM,,HOMICIDE," + t + "G5,N,,Glock,,,,,,Ivan,Ortega" + t,
				"G6," + agency + ",2022-05-12,MX,TAM,,HOMICIDE," + t + "G6,N,,Glock,,,,,,Ivan,Ortega" + t));
		for (int gun = 1; gun <= buyers.length; gun++) {
			traces.trace(agency, "G" + gun);
		}
		intelligence.refresh();

		assertThat(seizedTogether("G1", "G2")).as("one day, one state, no city nor possessor").isFalse();
		assertThat(seizedTogether("G3", "G4")).as("one day, one city").isTrue();
		assertThat(seizedTogether("G5", "G6")).as("one day, one possessor").isTrue();
		assertThat(seizedTogether("G1", "G3")).as("different days").isFalse();
	}

	private boolean seizedTogether(String first, String second) {
		return new LinkProbe(imports, jdbc).linked("RECOVERED_TOGETHER", agency, first, second);
	}

	private void load(String kind, String rows) {
		new LinkProbe(imports, jdbc).load(kind, rows);
	}
}

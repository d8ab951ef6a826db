package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Two buyers share an address when their sale forms give the same street in the same place: the same
 * postal code, or, where a form gives none, the same city. The same street in two cities is two
 * addresses; spacing, case and accents do not make one address two.
 */
@IntegrationTest
class SharedAddressTest {


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
	void theSameStreetIsOneAddressOnlyInOnePlace() {
		load("licensees", csv(LICENSEES_HEADER, "S-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		String[] forms = {
				// the same street in two cities, no postal code
				"Abigail,12 Main St,Laredo,", "Bruno,12 Main St,El Paso,",
				// one street and city written two ways, no postal code
				"Celia,45  Elm   St,San Antonio,", "Dario,45 elm st,SAN  ANTONIO,",
				// the same street and postal code: the city is not asked
				"Elena,7 Oak Ave,Laredo,78040", "Fausto,7 Oak Ave,Lardeo,78040" };
		StringBuilder sales = new StringBuilder(LedgerFixtures.SALES_WITH_ADDRESS_HEADER + "\n");
		for (int gun = 1; gun <= forms.length; gun++) {
			String[] form = forms[gun - 1].split(",", -1);
			sales.append(String.join(",", t + "-S" + gun, "SOLD", "2021-02-0" + gun, t + "G" + gun, "Glock", "", "19", "9mm",
					"PISTOL", "US", "S-" + t, "", form[0], "Sandoval" + t, "1980-0" + gun + "-1" + gun, form[1], form[2], "TX",
					form[3])).append('\n');
		}
		load("commerce-events", sales.toString());
		StringBuilder recoveries = new StringBuilder(RECOVERIES_HEADER + "\n");
		for (int gun = 1; gun <= forms.length; gun++) {
			// each gun recovered on a day of its own: no link but the address
			recoveries.append("G" + gun + "," + agency + ",2022-05-1" + gun + ",MX,TAM,Reynosa,HOMICIDE," + t + "G" + gun
					+ ",N,,Glock,,,,,,,\n");
		}
		load("recoveries", recoveries.toString());
		for (int gun = 1; gun <= forms.length; gun++) {
			traces.trace(agency, "G" + gun);
		}
		intelligence.refresh();

		assertThat(sharedAddress("G1", "G2")).as("12 Main St in Laredo and in El Paso").isFalse();
		assertThat(sharedAddress("G3", "G4")).as("45 Elm St, San Antonio, written two ways").isTrue();
		assertThat(sharedAddress("G5", "G6")).as("7 Oak Ave, 78040, the city misspelt once").isTrue();
		assertThat(sharedAddress("G1", "G5")).as("different streets").isFalse();
	}

	private boolean sharedAddress(String first, String second) {
		return new LinkProbe(imports, jdbc).linked("SHARED_ADDRESS", agency, first, second);
	}

	private void load(String kind, String rows) {
		new LinkProbe(imports, jdbc).load(kind, rows);
	}
}

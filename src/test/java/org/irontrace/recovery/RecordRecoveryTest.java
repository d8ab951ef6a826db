package org.irontrace.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.Submitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Recoveries#record}, the write command the trace form uses: the recoveries import's checks,
 * own-agency rule and idempotency for one typed recovery, and nothing written when it is refused.
 */
@IntegrationTest
class RecordRecoveryTest {

	@Autowired
	Recoveries recoveries;

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	@Test
	void aTypedRecoveryIsRecordedOnceAndReadBack() {
		Submitter analyst = new Submitter(agency, false);
		ImportReport first = recoveries.record(recovery("R-" + tag, agency, "25.68"), analyst);
		assertThat(first.accepted()).isEqualTo(1);
		assertThat(first.rejected()).isZero();
		ImportReport again = recoveries.record(recovery("R-" + tag, agency, "25.68"), analyst);
		assertThat(again.accepted()).isZero();
		assertThat(again.duplicates()).isEqualTo(1);

		Recovery stored = recoveries.findRecovery(agency, "R-" + tag).orElseThrow();
		assertThat(stored.recoveryDate()).isEqualTo(LocalDate.of(2024, 5, 17));
		assertThat(stored.country()).isEqualTo("MX");
		assertThat(stored.city()).as("quotes and commas survive").isEqualTo("Ciudad \"Reynosa\", TAM");
		assertThat(stored.firearm().serialNumber()).isEqualTo("AB12" + tag);
		assertThat(stored.possessor().dob()).isEqualTo(LocalDate.of(1990, 1, 2));
	}

	@Test
	void aRefusedRecoveryNamesItsColumnAndWritesNothing() {
		Submitter analyst = new Submitter(agency, false);
		ImportReport badLatitude = recoveries.record(recovery("LAT-" + tag, agency, "north"), analyst);
		assertThat(badLatitude.rejected()).isEqualTo(1);
		assertThat(badLatitude.errors()).extracting(e -> e.column()).containsExactly("latitude");
		assertThat(recoveries.findRecovery(agency, "LAT-" + tag)).isEmpty();

		ImportReport otherAgency = recoveries.record(recovery("OTHER-" + tag, "JM-" + tag, "18.0"), analyst);
		assertThat(otherAgency.errors()).extracting(e -> e.column()).containsExactly("agency");
		assertThat(recoveries.findRecovery("JM-" + tag, "OTHER-" + tag)).isEmpty();
	}

	private static NewRecovery recovery(String id, String agency, String latitude) {
		return new NewRecovery(id, agency, LocalDate.of(2024, 5, 17), "MX", "TAM", "Ciudad \"Reynosa\", TAM", latitude, "-97.31", "HOMICIDE",
				null, null, "AB12" + id.substring(id.indexOf('-') + 1), false, null, "Glock", null, "19", "9mm", "PISTOL",
				null, "Pedro", "Páramo", LocalDate.of(1990, 1, 2), "MX");
	}
}

package org.irontrace;

import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

/**
 * The smallest straw purchase: Ana Ruiz (born 1985-02-03) buys two Glocks two days apart at the
 * dealer {@code D-tag} in Laredo (a multiple sale), and six months later the agency recovers both
 * in Reynosa from Pedro Paramo (recoveries R1 and R2) and traces them. Names carry the tag, so each
 * test has its own people.
 */
public final class StrawPurchaseForTest {

	private StrawPurchaseForTest() {
	}

	/** Loads the dealer and the sales as the operator, the recoveries and their traces as the agency's analyst. */
	public static void load(ApiClient operator, ApiClient analyst, String tag, String agency) {
		check(operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + tag + ",01,Guns " + tag + ",,Laredo,TX,,US,")));
		check(operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				tag + "-1,SOLD,2019-03-04," + tag + "1,Glock,,19,9mm,PISTOL,US,D-" + tag + ",,Ana,Ruiz" + tag + ",1985-02-03,TX",
				tag + "-2,SOLD,2019-03-06," + tag + "2,Glock,,17,9mm,PISTOL,US,D-" + tag + ",,Ana,Ruiz" + tag + ",1985-02-03,TX")));
		check(analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + agency + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + tag + "1,N,,Glock,,,,,,Pedro,Paramo" + tag,
				"R2," + agency + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + tag + "2,N,,Glock,,,,,,Pedro,Paramo" + tag)));
		for (String recovery : List.of("R1", "R2")) {
			check(analyst.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", recovery)));
		}
	}

	private static void check(ApiClient.Answer answer) {
		if (answer.status() != 200) {
			throw new IllegalStateException("expected 200, got " + answer.status() + ": " + answer.text());
		}
	}
}

package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.ApiClient;
import org.irontrace.LedgerFixtures;

/**
 * A Sinaloa agency whose people share a common surname: 60 guns taken from people named Hernández
 * in Culiacán, and beside them what a search for both must leave out: Hernández recovered in
 * Mazatlán and other surnames recovered in Culiacán. Made through the API.
 */
final class SurnameCityWorld {

	static final int HERNANDEZ_IN_CULIACAN = 60;

	static final int HERNANDEZ_ELSEWHERE = 4;

	static final int OTHERS_IN_CULIACAN = 5;

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	final String analyst = "sinaloa-" + tag.toLowerCase();

	SurnameCityWorld(int port) {
		ApiClient signedIn = new ApiClient(port).newAgencyWithAnalyst(agency, "MX", analyst);
		List<String> rows = new ArrayList<>();
		int total = HERNANDEZ_IN_CULIACAN + HERNANDEZ_ELSEWHERE + OTHERS_IN_CULIACAN;
		for (int n = 1; n <= total; n++) {
			boolean elsewhere = n > HERNANDEZ_IN_CULIACAN && n <= HERNANDEZ_IN_CULIACAN + HERNANDEZ_ELSEWHERE;
			String city = elsewhere ? "Mazatlán" : "Culiacán";
			String surname = n <= HERNANDEZ_IN_CULIACAN + HERNANDEZ_ELSEWHERE ? "Hernández" : "Quintero";
			rows.add(String.format("SC%02d,%s,2022-%02d-%02d,MX,SIN,%s,ORGANIZED_CRIME,%sS%02d,N,,Glock,,,,PISTOLA,,Luis,%s", n,
					agency, 1 + n % 12, 1 + n % 28, city, tag, n, surname));
		}
		ApiClient.Answer sent = signedIn.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		assertThat(sent.json().get("accepted").asInt()).as(sent.text()).isEqualTo(total);
	}
}

package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.ApiClient;
import org.irontrace.LedgerFixtures;

/**
 * What a new analyst of a Mexican agency finds on a first day: 23 recoveries in Hermosillo (more
 * than one page of any table), 12 of them taken from people named Taylor, 9 homicides, Smith &
 * Wesson pistols, the rest Glocks. Ids are {@code FH01} to {@code FH23}. Made through the API.
 */
final class FirstHourWorld {

	static final int RECOVERIES = 23;

	static final int TAYLORS = 12;

	static final int HOMICIDES = 9;

	static final int SMITH_AND_WESSON = 6;

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	final String analyst = "first-" + tag.toLowerCase();

	FirstHourWorld(int port) {
		ApiClient signedIn = new ApiClient(port).newAgencyWithAnalyst(agency, "MX", analyst);
		List<String> rows = new ArrayList<>();
		for (int n = 1; n <= RECOVERIES; n++) {
			String crime = n <= HOMICIDES ? "HOMICIDE" : "DRUG_TRAFFICKING";
			String maker = n <= SMITH_AND_WESSON ? "SMITH AND WESSON" : "Glock";
			String surname = n <= TAYLORS ? "Taylor" : "Núñez";
			rows.add(String.format("FH%02d,%s,2021-%02d-01,MX,SON,Hermosillo,%s,%sS%02d,N,,%s,,,,PISTOLA,,Ana,%s", n, agency,
					1 + n % 12, crime, tag, n, maker, surname));
		}
		ApiClient.Answer sent = signedIn.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		assertThat(sent.json().get("accepted").asInt()).as(sent.text()).isEqualTo(RECOVERIES);
	}

	PageBrowser signedIn(int port) {
		return new PageBrowser(port).signIn(analyst, ApiClient.ANALYST_PASSWORD);
	}
}

package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.LedgerFixtures;

/** Agencies, their administrators, recoveries and opt-ins to publication, made over HTTP as a user would. */
final class PublicationFixtures {

	private PublicationFixtures() {
	}

	/** As the operators: a national agency of this country and its administrator, signed in. */
	static ApiClient agencyWithAdministrator(int port, ApiClient operator, String agency, String country) {
		assertThat(operator.postJson("/api/v1/agencies", Map.of("code", agency, "name", "Agency " + agency, "country",
				country, "kind", "NATIONAL")).status()).isEqualTo(201);
		String username = "admin-" + agency.toLowerCase();
		assertThat(operator.postJson("/api/v1/users", Map.of("username", username, "password", ApiClient.ANALYST_PASSWORD,
				"agency", agency, "roles", List.of("ADMIN"))).status()).isEqualTo(201);
		return new ApiClient(port).login(username, ApiClient.ANALYST_PASSWORD);
	}

	/** The agency's administrator opts it in to publication. */
	static void consent(ApiClient admin, String agency) {
		assertThat(admin.putJson("/api/v1/agencies/" + agency + "/publication-consent", Map.of("consented", true)).status())
			.isEqualTo(200);
	}

	/** As the operators: {@code count} recoveries of the agency in this country on this day. */
	static void recoveries(ApiClient operator, String agency, String country, String date, int count) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add("R" + date + "-" + i + "," + agency + "," + date + "," + country + ",CAPITAL,Capital,,,N,,,,,,,,,");
		}
		Answer answer = operator.postCsv("/api/v1/imports/recoveries",
				LedgerFixtures.csv(LedgerFixtures.RECOVERIES_HEADER, rows.toArray(String[]::new)));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asLong()).isEqualTo(count);
	}
}

package org.irontrace.webapp;

import static org.irontrace.webapp.GraphWorld.expect;
import static org.irontrace.webapp.GraphWorld.imported;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.LedgerFixtures;

/**
 * A dealer whose neighbourhood is 200 nodes: 133 crime guns sold to 66 buyers (two each, one of
 * them three), all recovered and traced by one agency. Built through the API like the graph's
 * small world, to measure how the graph page draws a neighbourhood of that size.
 */
final class BigDealerWorld {

	static final int GUNS = 133;

	static final int BUYERS = 66;

	private static final List<String> FIRST_NAMES = List.of("Ana", "Luis", "Marta", "Jorge", "Rosa", "Pablo", "Elena", "Tomás",
			"Lucía", "Raúl", "Sofía");

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	final String dealer = "D-" + tag;

	final String analyst = "analyst-" + tag.toLowerCase();

	BigDealerWorld(int port) {
		ApiClient operator = new ApiClient(port);
		expect(operator.postJson("/api/v1/agencies", Map.of("code", agency, "name", "Agency " + agency, "country", "MX", "kind",
				"NATIONAL")), 201);
		expect(operator.postJson("/api/v1/users", Map.of("username", analyst, "password", GraphWorld.PASSWORD, "agency", agency,
				"roles", List.of("ANALYST"))), 201);
		imported(operator.postCsv("/api/v1/imports/licensees",
				csv(LICENSEES_HEADER, dealer + ",01,Big Guns " + tag + ",,Houston,TX,,US,")), 1);
		List<String> sales = new ArrayList<>();
		List<String> recoveries = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int gun = 0; gun < GUNS; gun++) {
			int buyer = Math.min(gun / 2, BUYERS - 1);
			sales.add(tag + "-" + gun + ",SOLD,2019-0" + (1 + gun % 9) + "-1" + (gun % 10) + "," + tag + "S" + gun
					+ ",Glock,19,9mm,PISTOL," + dealer + "," + FIRST_NAMES.get(buyer % FIRST_NAMES.size()) + ",Vega" + tag + buyer
					+ ",1980-01-" + (10 + buyer % 18) + ",,,,");
			recoveries.add("R" + gun + "," + agency + ",2020-0" + (1 + gun % 9) + "-01,MX,TAM,Reynosa,HOMICIDE," + tag + "S" + gun
					+ ",N,,Glock,,,,,,,");
			ids.add("R" + gun);
		}
		imported(operator.postCsv("/api/v1/imports/commerce-events",
				csv(GraphWorld.EVENTS_HEADER, sales.toArray(String[]::new))), GUNS);
		ApiClient agencyAnalyst = new ApiClient(port).login(analyst, GraphWorld.PASSWORD);
		imported(agencyAnalyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, recoveries.toArray(String[]::new))),
				GUNS);
		expect(agencyAnalyst.postJson("/api/v1/traces:batch", Map.of("agency", agency, "recoveryIds", ids)), 200);
		expect(operator.post("/api/v1/leads/refresh", "application/json", ""), 200);
		GraphWorld.settled(operator);
	}
}

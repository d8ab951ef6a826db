package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.csv;

import java.util.Map;

import org.irontrace.ApiClient;

/**
 * The web application's small world ({@link WebAppWorld}: a Glock sold in Texas, recovered in
 * Reynosa, Tamaulipas) with that recovery traced, and two more recoveries of the same agency: one
 * in Monterrey, Nuevo León, with coordinates (assault, 2020-02-10), one in Jamaica with no place
 * (found firearm, 2020-03-05). Neither of those two can be traced to a sale.
 */
final class DashboardWorld {

	final WebAppWorld world;

	DashboardWorld(int port) {
		world = new WebAppWorld(port);
		ApiClient analyst = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		ApiClient.Answer more = analyst.postCsv("/api/v1/imports/recoveries", csv(
				"recovery_id,agency,recovery_date,country,admin_area,city,latitude,longitude,crime_code,serial_number,manufacturer,firearm_type",
				"R2," + world.agency + ",2020-02-10,MX,NLE,Monterrey,25.67,-100.31,ASSAULT,ZZ" + world.tag + ",Colt,PISTOL",
				"R3," + world.agency + ",2020-03-05,JM,,,,,FOUND_FIREARM,ZY" + world.tag + ",Ruger,REVOLVER"));
		assertThat(more.json().get("accepted").asInt()).as(more.text()).isEqualTo(2);
		for (String recovery : new String[] { "R1", "R2", "R3" }) {
			ApiClient.Answer traced = analyst.postJson("/api/v1/traces", Map.of("agency", world.agency, "recoveryId", recovery));
			assertThat(traced.status()).as(traced.text()).isBetween(200, 201);
		}
	}

	/** The dashboard's address for this agency's recoveries of 2020, with the given filters added. */
	String filtered(String path, String more) {
		return path + "?from=2020-01-01&to=2020-12-31&agency=" + world.agency + more;
	}
}

package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;

/**
 * Two agencies of {@link WebAppWorld} (each with an analyst, an auditor and a recovery R1 whose
 * possessor is named), each with an administrator of its own, made through the API.
 */
final class AdminWorld {

	final WebAppWorld home;

	final WebAppWorld other;

	final String homeAdmin;

	final String otherAdmin;

	AdminWorld(int port) {
		home = new WebAppWorld(port);
		other = new WebAppWorld(port);
		homeAdmin = admin(home);
		otherAdmin = admin(other);
	}

	private static String admin(WebAppWorld world) {
		String username = "admin-" + world.tag.toLowerCase();
		ApiClient.Answer made = world.operator.postJson("/api/v1/users", Map.of("username", username, "password",
				WebAppWorld.PASSWORD, "agency", world.agency, "roles", List.of("ADMIN")));
		assertThat(made.status()).as(made.text()).isEqualTo(201);
		return username;
	}
}

package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;

/** Agencies, users, tokens and agreements made through the access API, as an operator would. */
final class AccessFixtures {

	static final String PASSWORD = "correct horse battery";

	private final ApiClient operator;

	private final int port;

	AccessFixtures(int port) {
		this.port = port;
		this.operator = new ApiClient(port);
	}

	void agency(String code, String country, String kind) {
		ApiClient.Answer answer = operator.postJson("/api/v1/agencies",
				Map.of("code", code, "name", "Agency " + code, "country", country, "kind", kind));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	ApiClient user(String username, String agency, String... roles) {
		ApiClient.Answer answer = operator.postJson("/api/v1/users",
				Map.of("username", username, "password", PASSWORD, "agency", agency, "roles", List.of(roles)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return new ApiClient(port).login(username, PASSWORD);
	}

	/** A token for a system of the agency of the given administrator. */
	ApiClient token(ApiClient administrator, String... roles) {
		ApiClient.Answer answer = administrator.postJson("/api/v1/tokens",
				Map.of("name", "system", "roles", List.of(roles), "expiresAt", java.time.LocalDate.now().plusDays(30).toString()));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return new ApiClient(port).bearer(answer.json().get("token").asString());
	}

	String grant(ApiClient grantorAdministrator, String grantor, String grantee, String level, String... scope) {
		ApiClient.Answer answer = grantorAdministrator.postJson("/api/v1/sharing-agreements",
				Map.of("grantor", grantor, "grantee", grantee, "scope", List.of(scope), "level", level, "validFrom",
						"2020-01-01"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("id").asString();
	}
}

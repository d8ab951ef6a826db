package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords are kept as bcrypt hashes of cost 12 and nothing else: a plain-text value planted in the
 * accounts table opens nothing, and a hash from before (cost 10) still signs its owner in and is
 * then stored again at cost 12.
 */
@IntegrationTest
class PasswordStorageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final String tag = LedgerFixtures.uniqueTag();

	/** Usernames are kept in lower case. */
	final String name = tag.toLowerCase();

	@Test
	void aNewPasswordIsABcryptHashOfCostTwelve() {
		new ApiClient(port).newAgencyWithAnalyst(tag, "MX", "new-" + name);
		assertThat(storedHash("new-" + name)).startsWith("{bcrypt}$2a$12$");
	}

	@Test
	void aPlainTextPasswordPlantedInTheTableOpensNothing() {
		String analyst = "plain-" + name;
		ApiClient client = new ApiClient(port).newAgencyWithAnalyst(tag + "P", "MX", analyst);
		assertThat(client.get("/api/v1/recoveries?agency=" + tag + "P").status()).isEqualTo(200);
		assertThat(jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?")
			.params("{noop}planted-password", analyst).update()).isEqualTo(1);
		assertThat(client.login(analyst, "planted-password").get("/api/v1/recoveries?agency=" + tag + "P").status())
			.isEqualTo(401);
	}

	@Test
	void anOlderHashStillSignsInAndIsStrengthenedThen() {
		String analyst = "older-" + name;
		ApiClient client = new ApiClient(port).newAgencyWithAnalyst(tag + "O", "MX", analyst);
		String older = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(ApiClient.ANALYST_PASSWORD);
		assertThat(jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?").params(older, analyst).update())
			.isEqualTo(1);

		assertThat(client.get("/api/v1/recoveries?agency=" + tag + "O").status()).isEqualTo(200);
		assertThat(storedHash(analyst)).startsWith("{bcrypt}$2a$12$").isNotEqualTo(older);
		assertThat(client.get("/api/v1/recoveries?agency=" + tag + "O").status()).as("the new hash signs in too").isEqualTo(200);
	}

	private String storedHash(String username) {
		return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username).query(String.class).single();
	}
}

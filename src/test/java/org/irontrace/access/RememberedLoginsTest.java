package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A login remembered to spare bcrypt never outlives a change to the account: a new password, a
 * lock. And what is remembered holds no password.
 */
@IntegrationTest
class RememberedLoginsTest {

	@LocalServerPort
	int port;

	@Autowired
	RememberedLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	final String t = LedgerFixtures.uniqueTag();

	@Test
	void aChangedPasswordStopsWorkingAtOnce() {
		ApiClient analyst = analyst("pw");
		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).isEqualTo(200);
		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).as("remembered").isEqualTo(200);
		assertThat(rememberedOf(name("pw"))).isEqualTo(1);

		String newPassword = "a brand new passphrase " + t;
		jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?")
			.params(encoder.encode(newPassword), name("pw"))
			.update();

		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).as("the old password").isEqualTo(401);
		ApiClient withNew = new ApiClient(port).login(name("pw"), newPassword);
		assertThat(withNew.get("/api/v1/recoveries?agency=RL-" + t).status()).as("the new password").isEqualTo(200);
	}

	@Test
	void aLockedAccountIsRefusedAtOnceThoughItsPasswordWasRemembered() {
		ApiClient analyst = analyst("lk");
		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).isEqualTo(200);
		assertThat(rememberedOf(name("lk"))).isEqualTo(1);

		ApiClient guesser = new ApiClient(port).login(name("lk"), "not the password at all");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
			assertThat(guesser.get("/api/v1/recoveries?agency=RL-" + t).status()).isEqualTo(401);
		}
		assertThat(rememberedOf(name("lk"))).as("a wrong password is never remembered").isEqualTo(1);

		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).as("locked, right password").isEqualTo(401);
	}

	@Test
	void whatIsRememberedHoldsNoPassword() {
		ApiClient analyst = analyst("pt");
		assertThat(analyst.get("/api/v1/recoveries?agency=RL-" + t).status()).isEqualTo(200);

		assertThat(rememberedOf(name("pt"))).isEqualTo(1);
		assertThat(logins.remembered().toString()).doesNotContain(AccessFixtures.PASSWORD)
			.doesNotContain(AccessFixtures.PASSWORD.replace(" ", ""))
			.doesNotContain("correct");
	}

	private ApiClient analyst(String prefix) {
		AccessFixtures fixtures = new AccessFixtures(port);
		if (jdbc.sql("SELECT count(*) FROM agency WHERE code = ?").param("RL-" + t).query(Long.class).single() == 0) {
			fixtures.agency("RL-" + t, "MX", "NATIONAL");
		}
		return fixtures.user(name(prefix), "RL-" + t, "ANALYST");
	}

	private String name(String prefix) {
		return prefix + "-" + t.toLowerCase(java.util.Locale.ROOT);
	}

	private long rememberedOf(String username) {
		return logins.remembered().values().stream().filter(entry -> entry.username().equals(username)).count();
	}
}

package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.irontrace.platform.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Altering, deleting or reordering any audit entry is detected, even by someone who can switch off
 * the table's append-only guard (a database superuser): the seals need a key the database lacks.
 */
@SpringBootTest(properties = "irontrace.test.fresh-database=audit")
class AuditTamperTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	Superuser superuser;

	long first;

	@BeforeEach
	void tenEntries(@Autowired EmbeddedDatabase embedded, @Autowired DataSource application) {
		superuser = new Superuser(embedded, application);
		first = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM audit_entry").query(Long.class).single();
		for (int i = 0; i < 10; i++) {
			audit.record("analyst" + i, "MX-FGR", "READ_PERSONAL_DATA", "trace:" + i, "case " + i);
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theTableRefusesChangesAndDeletions() {
		for (JdbcClient anyone : new JdbcClient[] { jdbc, superuser.jdbc() }) {
			// IronTrace's own role may not even try (embedded database); the guard stops everyone else.
			assertThatThrownBy(() -> anyone.sql("UPDATE audit_entry SET username = 'x' WHERE seq = ?").param(first).update())
				.rootCause()
				.hasMessageMatching("(?s).*(append-only|permission denied).*");
			assertThatThrownBy(() -> anyone.sql("DELETE FROM audit_entry WHERE seq = ?").param(first).update())
				.rootCause()
				.hasMessageMatching("(?s).*(append-only|permission denied).*");
		}
		assertThatThrownBy(() -> superuser.jdbc().sql("DELETE FROM audit_entry WHERE seq = ?").param(first).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void everyKindOfTamperingIsFound() {
		long victim = first + 4;
		tamper("UPDATE audit_entry SET subject = 'trace:other' WHERE seq = " + victim);
		assertThat(audit.verify().brokenAt()).as("altered").isEqualTo(victim);
		tamper("UPDATE audit_entry SET subject = 'trace:4' WHERE seq = " + victim);
		assertThat(audit.verify().intact()).as("restored").isTrue();

		tamper("UPDATE audit_entry SET seq = -1 WHERE seq = " + (victim + 1));
		tamper("UPDATE audit_entry SET seq = " + (victim + 1) + " WHERE seq = " + victim);
		tamper("UPDATE audit_entry SET seq = " + victim + " WHERE seq = -1");
		assertThat(audit.verify().brokenAt()).as("reordered").isEqualTo(victim);
		tamper("UPDATE audit_entry SET seq = -1 WHERE seq = " + victim);
		tamper("UPDATE audit_entry SET seq = " + victim + " WHERE seq = " + (victim + 1));
		tamper("UPDATE audit_entry SET seq = " + (victim + 1) + " WHERE seq = -1");
		assertThat(audit.verify().intact()).as("order restored").isTrue();

		tamper("DELETE FROM audit_entry WHERE seq = " + victim);
		assertThat(audit.verify().brokenAt()).as("removed").isEqualTo(victim + 1);
		assertThat(audit.verify().problem()).contains("missing");
	}

	private void tamper(String sql) {
		superuser.tamper(sql);
	}
}

package org.irontrace.access;

import javax.sql.DataSource;

import org.irontrace.platform.EmbeddedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a database superuser could do to the audit trail: switch its append-only guard off, change
 * the table, switch the guard on again. The embedded server's superuser; with an external database,
 * the account the tests were given.
 */
final class Superuser {

	private final JdbcClient jdbc;

	Superuser(EmbeddedDatabase embedded, DataSource application) {
		this.jdbc = JdbcClient.create(embedded.superuser().orElse(application));
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	void tamper(String sql) {
		jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		}
	}
}

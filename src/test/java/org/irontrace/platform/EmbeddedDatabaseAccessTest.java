package org.irontrace.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL lets nobody in without a password, and IronTrace works in it as a role
 * that cannot run programs on the machine nor switch off the audit trail's guard. A data folder made
 * when the server still trusted everyone starts, and is brought up to the same rules.
 */
@SpringBootTest
class EmbeddedDatabaseAccessTest {

	@Autowired
	EmbeddedDatabase embedded;

	@Autowired
	JdbcClient application;

	@BeforeEach
	void embeddedOnly() {
		assumeTrue(embedded.superuser().isPresent(), "only the embedded server is IronTrace's to lock");
	}

	@Test
	void nobodyConnectsWithoutThePassword() throws SQLException {
		String url = embedded.jdbcUrl();
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class)
			.hasMessageContaining("password");
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
			.hasMessageContaining("password authentication failed");
		assertThatThrownBy(() -> DriverManager.getConnection(url, "irontrace", "irontrace"))
			.hasMessageContaining("password authentication failed");
		try (Connection superuser = embedded.superuser().orElseThrow().getConnection()) {
			assertThat(superuser.isValid(2)).as("the server is up; only the password was missing").isTrue();
		}
	}

	@Test
	void ironTraceWorksAsARoleThatIsNoSuperuser() {
		assertThat(application.sql("SELECT current_user").query(String.class).single()).isEqualTo("irontrace");
		assertThat(application.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
			.single()).isFalse();
		assertThatThrownBy(() -> application.sql("COPY (SELECT 1) TO PROGRAM 'true'").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> application.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
			.update()).rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> application.sql("""
				CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql
				AS $$ BEGIN RETURN NULL; END $$""").update()).rootCause().hasMessageContaining("must be owner");
		assertThat(application.sql("""
				SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'irontrace'
				""").query(String.class).list()).as("every table is IronTrace's but the audit trail")
			.containsExactly("audit_entry");
	}

	@Test
	void aDataFolderThatTrustedEveryoneStartsAndNoLongerTrusts(@TempDir Path home) throws Exception {
		Path data = home.resolve("pgdata");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
			.start()) {
			// What IronTrace did before: everything migrated and owned by the superuser.
			Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").load()
				.migrate();
		}
		try (EmbeddedDatabase upgraded = EmbeddedDatabase.startIn(data, home.resolve("keys"))) {
			assertThat(PasswordsRequired.trustsAnyone(data)).isFalse();
			assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "postgres", ""))
				.isInstanceOf(SQLException.class);
			upgraded.handOverToApplication();
			try (Connection connection = DriverManager.getConnection(upgraded.jdbcUrl(), "irontrace",
					upgraded.applicationPassword())) {
				JdbcClient role = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
						connection, true));
				assertThat(role.sql("SELECT count(*) FROM account").query(Long.class).single()).isZero();
				assertThat(role.sql("""
						SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'irontrace'
						""").query(String.class).list()).containsExactly("audit_entry");
				role.sql("INSERT INTO audit_entry (seq, at, username, agency, action, subject, seal) VALUES (1, now(), 'a', 'b', 'c', 'd', 'e')")
					.update();
			}
		}
	}
}

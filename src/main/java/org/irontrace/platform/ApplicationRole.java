package org.irontrace.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * IronTrace works in its embedded database as {@value EmbeddedCredentials#APPLICATION_ROLE}: a role
 * that owns IronTrace's tables but is no superuser, so a flaw in IronTrace cannot run programs on
 * the machine ({@code COPY ... TO PROGRAM}), read its files or switch off a guard. The migrations run
 * as the superuser; afterwards everything they made is handed to the role, except the audit trail
 * and the function of its append-only guard: the role may read and append entries, not change the
 * table, so it cannot switch the guard off.
 */
final class ApplicationRole {

	/** What stays the superuser's: owning a table or its trigger function is enough to disarm the guard. */
	static final String[] KEPT_BY_SUPERUSER = { "audit_entry", "audit_entry_is_append_only" };

	/**
	 * Hands everything but what is kept to the role named by the setting {@code irontrace.handed_to},
	 * keeping what {@code irontrace.kept} lists: both are set as bind parameters before it runs, and
	 * quoted as identifiers by {@code format(... %I)} where they name something.
	 */
	private static final String HAND_OVER = """
			DO $$
			DECLARE
			    item record;
			    handed_to text := current_setting('irontrace.handed_to');
			    kept text[] := string_to_array(current_setting('irontrace.kept'), ',');
			BEGIN
			    FOR item IN
			        SELECT format('ALTER %s %s OWNER TO %I',
			                      CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
			                                     WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
			                      c.oid::regclass, handed_to) AS statement
			        FROM pg_class c
			        WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = current_user::text::regrole
			          AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relname <> ALL (kept)
			          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
			                          AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
			        UNION ALL
			        SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, handed_to)
			        FROM pg_proc p
			        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = current_user::text::regrole
			          AND p.proname <> ALL (kept)
			          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
			                          AND d.objid = p.oid AND d.deptype = 'e')
			        UNION ALL
			        SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, handed_to)
			        FROM pg_type t
			        WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = current_user::text::regrole
			          AND t.typtype IN ('e', 'd')
			          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
			                          AND d.objid = t.oid AND d.deptype = 'e')
			    LOOP
			        EXECUTE item.statement;
			    END LOOP;
			    IF to_regclass('audit_entry') IS NOT NULL THEN
			        EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', handed_to);
			    END IF;
			END $$
			""";

	private ApplicationRole() {
	}

	/** Creates the role at first start; its password follows the key folder at every start. */
	static void ensure(DataSource superuser, EmbeddedCredentials credentials) {
		String role = EmbeddedCredentials.APPLICATION_ROLE;
		execute(superuser, "SET password_encryption = 'scram-sha-256'",
				"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
						+ role + "; END IF; END $$",
				"ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
						+ credentials.applicationPassword() + "'",
				"GRANT USAGE, CREATE ON SCHEMA public TO " + role);
	}

	/**
	 * Hands what the superuser made in the public schema (tables, views, sequences of their own,
	 * functions, types; not what an extension brought) to the role. Cheap when there is nothing to hand.
	 */
	static void handOver(DataSource superuser) {
		try (Connection connection = superuser.getConnection();
				PreparedStatement settings = connection.prepareStatement(
						"SELECT set_config('irontrace.handed_to', ?, false), set_config('irontrace.kept', ?, false)");
				Statement statement = connection.createStatement()) {
			settings.setString(1, EmbeddedCredentials.APPLICATION_ROLE);
			settings.setString(2, String.join(",", KEPT_BY_SUPERUSER));
			settings.execute();
			statement.execute(HAND_OVER);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the embedded database's application role", e);
		}
	}

	private static void execute(DataSource superuser, String... statements) {
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the embedded database's application role", e);
		}
	}
}

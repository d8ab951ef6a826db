package org.irontrace.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The IronTrace processes connected to the database: each names its connections after its process
 * ({@code application_name}), so a command that must run alone (a key rotation) can tell whether a
 * server or another command holds the database, embedded or external alike.
 */
@Component
public class DatabaseHolders {

	private static final String PREFIX = "irontrace ";

	/** The process id, and a random part in case two machines' processes share an external database. */
	private static final String OURS = PREFIX + ProcessHandle.current().pid() + "-"
			+ java.util.HexFormat.of().toHexDigits(new java.security.SecureRandom().nextInt());

	private final JdbcClient jdbc;

	DatabaseHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code application_name} of this process's connections. */
	static String ourName() {
		return OURS;
	}

	/** How many connections of other IronTrace processes the database has open now. */
	public long othersConnected() {
		return jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND application_name LIKE :prefix AND application_name <> :ours
				""").param("prefix", PREFIX + "%").param("ours", ourName()).query(Long.class).single();
	}
}

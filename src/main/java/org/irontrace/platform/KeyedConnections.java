package org.irontrace.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives each new connection the personal-data keys (migration V66) and the person-key secret
 * (V75) as bound parameters of one prepared statement: the keys are never part of an SQL text, so
 * they appear neither in {@code pg_stat_activity}'s query nor in a logged statement nor among the
 * connection's properties. The keys are read at each new connection, so connections opened after a
 * rotation hold the new set; {@link #holdsOldKeys} tells a pool which of its connections were opened
 * before the keys last changed.
 */
final class KeyedConnections extends DelegatingDataSource {

	// Each live key also goes into a setting of its own (irontrace.personal_key_<version>, V150), so that
	// sealing and opening read one setting instead of searching the list for every value.
	private static final String GIVE_KEYS = "SELECT set_config('irontrace.personal_keys', ?, false),"
			+ " set_config('irontrace.personal_key_version', ?, false), set_config('irontrace.person_key', ?, false),"
			+ " (SELECT count(set_config('irontrace.personal_key_' || live[1], live[2], false))"
			+ " FROM regexp_matches(?, '(\\d+):([0-9a-f]{64})', 'g') AS live)";

	private final PersonalDataKeys keys;

	// The set of live keys each open connection was given (the list itself, replaced whenever the keys
	// change): weak, so that a connection the pool closes is forgotten with it.
	private final Map<Connection, List<PersonalDataKey>> keyedWith = Collections.synchronizedMap(new WeakHashMap<>());

	KeyedConnections(DataSource connections, PersonalDataKeys keys) {
		super(connections);
		this.keys = keys;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return keyed(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return keyed(super.getConnection(username, password));
	}

	/**
	 * Whether a pooled connection was given another set of keys than the live one. A rotation replaces
	 * the pools' connections, but one being opened while the keys change escapes that, still holding a
	 * retired key: the pools ask here before handing a connection out.
	 */
	boolean holdsOldKeys(Connection pooled) throws SQLException {
		List<PersonalDataKey> given = keyedWith.get(pooled.unwrap(Connection.class));
		return given != null && given != keys.live();
	}

	private Connection keyed(Connection connection) throws SQLException {
		List<PersonalDataKey> live = keys.live();
		keyedWith.put(connection, live);
		try (PreparedStatement give = connection.prepareStatement(GIVE_KEYS)) {
			String setting = PersonalDataKeys.connectionSetting(live);
			give.setString(1, setting);
			give.setString(2, Integer.toString(live.get(live.size() - 1).version()));
			give.setString(3, PersonalDataSeal.personKeySecret(keys.firstSecret()));
			give.setString(4, setting);
			give.execute();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}
}

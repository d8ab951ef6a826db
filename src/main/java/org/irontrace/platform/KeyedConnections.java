package org.irontrace.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives each new connection the personal-data keys (migration V66) and the person-key secret
 * (V75) as bound parameters of one prepared statement: the keys are never part of an SQL text, so
 * they appear neither in {@code pg_stat_activity}'s query nor in a logged statement nor among the
 * connection's properties. The keys are read at each new connection, so connections opened after a
 * rotation hold the new set.
 */
final class KeyedConnections extends DelegatingDataSource {

	// Each live key also goes into a setting of its own (irontrace.personal_key_<version>, V150), so that
	// sealing and opening read one setting instead of searching the list for every value.
	private static final String GIVE_KEYS = "SELECT set_config('irontrace.personal_keys', ?, false),"
			+ " set_config('irontrace.personal_key_version', ?, false), set_config('irontrace.person_key', ?, false),"
			+ " (SELECT count(set_config('irontrace.personal_key_' || live[1], live[2], false))"
			+ " FROM regexp_matches(?, '(\\d+):([0-9a-f]{64})', 'g') AS live)";

	private final PersonalDataKeys keys;

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

	private Connection keyed(Connection connection) throws SQLException {
		try (PreparedStatement give = connection.prepareStatement(GIVE_KEYS)) {
			give.setString(1, keys.connectionSetting());
			give.setString(2, Integer.toString(keys.sealing().version()));
			give.setString(3, PersonalDataSeal.personKeySecret(keys.firstSecret()));
			give.setString(4, keys.connectionSetting());
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

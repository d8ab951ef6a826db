package org.irontrace.platform;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * IronTrace's connections: the main pool serves the requests and everything else; a small second
 * pool over the same server and role serves the {@link BackgroundThreads}. One data source for the
 * whole application (transactions, JDBC clients and migrations see one), which picks the pool by the
 * calling thread, and never hands out a connection that holds a retired personal-data key.
 */
final class ConnectionPools extends HikariDataSource {

	private final HikariDataSource background;

	private final KeyedConnections keyed;

	ConnectionPools(HikariConfig main, HikariConfig background, KeyedConnections keyed) {
		super(main);
		this.background = new HikariDataSource(background);
		this.keyed = keyed;
	}

	@Override
	public Connection getConnection() throws SQLException {
		HikariDataSource pool = BackgroundThreads.current() ? background : this;
		Connection connection = borrow(pool);
		// Soft eviction after a rotation misses a connection that was being opened meanwhile: it is
		// replaced here, when it is next asked for. Marked evicted, it is closed on its return.
		while (keyed.holdsOldKeys(connection)) {
			pool.evictConnection(connection);
			connection.close();
			connection = borrow(pool);
		}
		return connection;
	}

	private Connection borrow(HikariDataSource pool) throws SQLException {
		return pool == this ? super.getConnection() : pool.getConnection();
	}

	/** Connections are opened again, in both pools, as they come free (they then carry new keys). */
	void softEvictConnections() {
		getHikariPoolMXBean().softEvictConnections();
		background.getHikariPoolMXBean().softEvictConnections();
	}

	@Override
	public void close() {
		background.close();
		super.close();
	}
}

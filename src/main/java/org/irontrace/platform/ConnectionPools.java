package org.irontrace.platform;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * IronTrace's connections: the main pool serves the requests and everything else; a small second
 * pool over the same server and role serves the {@link BackgroundThreads}. One data source for the
 * whole application (transactions, JDBC clients and migrations see one), which picks the pool by the
 * calling thread.
 */
final class ConnectionPools extends HikariDataSource {

	private final HikariDataSource background;

	ConnectionPools(HikariConfig main, HikariConfig background) {
		super(main);
		this.background = new HikariDataSource(background);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return BackgroundThreads.current() ? background.getConnection() : super.getConnection();
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

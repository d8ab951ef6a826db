package org.irontrace.platform;

import com.zaxxer.hikari.HikariConfig;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL is the only database IronTrace speaks. Without {@code IRONTRACE_DB_URL} it runs its
 * own embedded server in the data folder, so a first start needs nothing installed; with it, it
 * uses that server ({@code IRONTRACE_DB_USER}, {@code IRONTRACE_DB_PASSWORD}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(IronTraceHome home, @Value("${irontrace.db.url:}") String url) {
		return StringUtils.hasText(url) ? EmbeddedDatabase.none() : EmbeddedDatabase.startIn(home.resolve("pgdata"), home.keys());
	}

	/** The migrations run as the embedded server's superuser (they create extensions and guards). */
	@Bean
	FlywayConfigurationCustomizer migrationsAsSuperuser(EmbeddedDatabase embedded, PersonalDataKeys keys) {
		// They hold the personal-data keys too: an upgrade may re-seal what is stored (V66).
		return configuration -> embedded.superuser().map(superuser -> new KeyedConnections(superuser, keys))
			.ifPresent(configuration::dataSource);
	}

	/** ... and what they made then belongs to the application role, the audit trail excepted. */
	@Bean
	FlywayMigrationStrategy migrateThenHandOver(EmbeddedDatabase embedded) {
		return flyway -> {
			flyway.migrate();
			embedded.handOverToApplication();
		};
	}

	@Bean(destroyMethod = "close")
	ConnectionPools dataSource(EmbeddedDatabase embedded, PersonalDataKeys keys, @Value("${irontrace.db.url:}") String url,
			@Value("${irontrace.db.user:}") String user, @Value("${irontrace.db.password:}") String password,
			@Value("${irontrace.db.pool-size:8}") int poolSize,
			@Value("${irontrace.db.background-pool-size:2}") int backgroundPoolSize) {
		PGSimpleDataSource server = new PGSimpleDataSource();
		if (StringUtils.hasText(url)) {
			server.setUrl(url);
			server.setUser(StringUtils.hasText(user) ? user : System.getProperty("user.name"));
			server.setPassword(password);
			log.info("Using the external PostgreSQL database at {}", url);
		}
		else {
			server.setUrl(embedded.jdbcUrl());
			server.setUser(EmbeddedCredentials.APPLICATION_ROLE);
			server.setPassword(embedded.applicationPassword());
		}
		// Server-side prepared statements after the first use keep the tracing look-ups cheap.
		server.setPrepareThreshold(1);
		server.setReWriteBatchedInserts(true);
		server.setApplicationName(DatabaseHolders.ourName());
		// No just-in-time compilation of queries: a server built with it (Debian's packages are)
		// compiles every statement whose estimated cost passes a threshold, and an import batch's
		// evidence, estimated at millions of rows for the 12,000 it writes, spent 3 s compiling to run
		// in 0.5 s (BENCHMARKS.md, 2026-12-07). IronTrace's statements are short or run once.
		String given = server.getOptions();
		server.setOptions(StringUtils.hasText(given) ? given + " -c jit=off" : "-c jit=off");
		// Personal data is sealed with keys that live in the key folder, not in the database: each of
		// IronTrace's connections is given them when opened, as bound parameters (KeyedConnections).
		KeyedConnections keyed = new KeyedConnections(server, keys);
		HikariConfig background = pool("irontrace-background", keyed, backgroundPoolSize);
		// Work behind the requests commits without waiting for the disk: what a crash takes back is a
		// suffix of the log, so work is never lost while its registry row (deleted after it) survives.
		background.setConnectionInitSql("SET synchronous_commit = off");
		return new ConnectionPools(pool("irontrace", keyed, poolSize), background, keyed);
	}

	private static HikariConfig pool(String name, KeyedConnections connections, int size) {
		HikariConfig config = new HikariConfig();
		config.setDataSource(connections);
		config.setMaximumPoolSize(size);
		config.setPoolName(name);
		return config;
	}
}

package org.irontrace.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
	FlywayConfigurationCustomizer migrationsAsSuperuser(EmbeddedDatabase embedded) {
		return configuration -> embedded.superuser().ifPresent(configuration::dataSource);
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
	HikariDataSource dataSource(EmbeddedDatabase embedded, IronTraceHome home, @Value("${irontrace.db.url:}") String url,
			@Value("${irontrace.db.user:}") String user, @Value("${irontrace.db.password:}") String password,
			@Value("${irontrace.db.pool-size:8}") int poolSize) {
		HikariConfig config = new HikariConfig();
		if (StringUtils.hasText(url)) {
			config.setJdbcUrl(url);
			config.setUsername(StringUtils.hasText(user) ? user : System.getProperty("user.name"));
			config.setPassword(password);
			log.info("Using the external PostgreSQL database at {}", url);
		}
		else {
			config.setJdbcUrl(embedded.jdbcUrl());
			config.setUsername(EmbeddedCredentials.APPLICATION_ROLE);
			config.setPassword(embedded.applicationPassword());
		}
		// Personal data is sealed with a key that lives in the key folder, not in the database: each
		// of IronTrace's connections is given it when opened (see migration V6). The trailing
		// statement keeps the key out of the connection's last-query text in pg_stat_activity. People
		// not yet resolved are keyed under a key derived from it (migration V75).
		byte[] personalDataKey = PersonalDataSeal.secretOf(home);
		config.setConnectionInitSql("SELECT set_config('irontrace.personal_key', '"
				+ java.util.HexFormat.of().formatHex(personalDataKey) + "', false), set_config('irontrace.person_key', '"
				+ PersonalDataSeal.personKeySecret(personalDataKey) + "', false); SELECT 1");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("irontrace");
		// Server-side prepared statements after the first use keep the tracing look-ups cheap.
		config.addDataSourceProperty("prepareThreshold", "1");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}
}

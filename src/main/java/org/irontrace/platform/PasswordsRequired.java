package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data folders made by IronTrace before the embedded server required passwords let anyone on the
 * machine connect as the superuser ({@code trust} in {@code pg_hba.conf}). At start such a folder is
 * brought up to date: the superuser gets its password from the key folder, every {@code trust}
 * rule becomes {@code scram-sha-256}, and the server re-reads its rules.
 */
final class PasswordsRequired {

	private static final Logger log = LoggerFactory.getLogger(PasswordsRequired.class);

	/** The method column of a rule that is not a comment. */
	private static final Pattern TRUST = Pattern.compile("^(?!\\s*#)(.*\\s)trust(\\s*)$");

	private PasswordsRequired() {
	}

	static boolean trustsAnyone(Path dataDirectory) {
		return rules(dataDirectory).stream().anyMatch(rule -> TRUST.matcher(rule).matches());
	}

	/** Call while the server still trusts: the password must be set before the rules need it. */
	static void upgrade(Path dataDirectory, DataSource superuser, EmbeddedCredentials credentials) {
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			statement.execute("ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD '"
					+ credentials.superuserPassword() + "'");
			List<String> upgraded = rules(dataDirectory).stream()
				.map(rule -> TRUST.matcher(rule).replaceFirst("$1scram-sha-256$2"))
				.toList();
			Files.write(dataDirectory.resolve("pg_hba.conf"), upgraded);
			statement.execute("SELECT pg_reload_conf()");
			log.warn("The embedded PostgreSQL in {} trusted every local connection; it now requires passwords",
					dataDirectory);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot require passwords on the embedded PostgreSQL", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> rules(Path dataDirectory) {
		try {
			return Files.readAllLines(dataDirectory.resolve("pg_hba.conf"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the embedded PostgreSQL's access rules", e);
		}
	}
}

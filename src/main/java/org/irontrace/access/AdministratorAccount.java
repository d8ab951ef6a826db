package org.irontrace.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The {@code admin} account. Its password is {@code IRONTRACE_ADMIN_PASSWORD} when set (and the
 * setting wins over what is stored, so an operator can always take back control); otherwise one is
 * generated at first start and printed once, and only its hash is kept.
 */
@Component
class AdministratorAccount implements InitializingBean {

	static final String USERNAME = "admin";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	AdministratorAccount(JdbcClient jdbc, PasswordEncoder encoder,
			@Value("${irontrace.admin.password:}") String configuredPassword,
			org.flywaydb.core.Flyway migratedFirst) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterPropertiesSet() {
		String storedHash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?")
			.param(USERNAME)
			.query(String.class)
			.optional()
			.orElse(null);
		if (StringUtils.hasText(configuredPassword)) {
			if (storedHash == null || !encoder.matches(configuredPassword, storedHash)) {
				store(configuredPassword);
			}
			return;
		}
		if (storedHash == null) {
			String generated = generate();
			store(generated);
			System.out.println();
			System.out.println("  IronTrace administrator account created. Log in as 'admin' with password:");
			System.out.println("      " + generated);
			System.out.println("  It is shown only this once; set IRONTRACE_ADMIN_PASSWORD to choose your own.");
			System.out.println();
		}
	}

	private void store(String password) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, roles, agency) VALUES (?, ?, 'ADMIN,ANALYST,AUDITOR', 'IRONTRACE')
				ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash
				""").params(USERNAME, encoder.encode(password)).update();
	}

	private static String generate() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}
}

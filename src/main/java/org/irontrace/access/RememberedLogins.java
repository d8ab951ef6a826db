package org.irontrace.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password on every call, and checking it with bcrypt costs tens of
 * milliseconds of CPU: a system calling hundreds of times a second would spend its server on
 * hashing. So a password bcrypt has just accepted is remembered for {@link #LIFETIME}, and the same
 * login within that time skips bcrypt.
 * <p>
 * What is remembered is a keyed hash (HMAC-SHA-256 with a key made at random when the process starts
 * and never written anywhere) of the username, the password and the account's stored password hash;
 * never the password. The account is still read from the database on every call, before this check,
 * so a locked or removed account is refused and changed roles apply at once; and because the stored
 * hash is part of the key, a changed password no longer matches anything remembered. A wrong
 * password is never remembered: it takes the bcrypt path, fails and is counted by
 * {@link LoginThrottle} as before. SECURITY.md weighs what this gives away.
 */
@Component
class RememberedLogins extends DaoAuthenticationProvider {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	/** A bound on memory: past it, the oldest logins simply pay bcrypt again. */
	static final int MOST_REMEMBERED = 10_000;

	private final SecretKeySpec key;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	/** Whom a remembered login belongs to, and until when (System.nanoTime) it counts. */
	record Remembered(String username, long until) {
	}

	RememberedLogins(AccountDetailsService accounts, PasswordEncoder encoder) {
		super(accounts);
		setPasswordEncoder(encoder);
		// A hash of an older cost is stored again at today's cost once its password has been checked.
		setUserDetailsPasswordService(accounts);
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.key = new SecretKeySpec(random, "HmacSHA256");
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken login) {
		Object credentials = login.getCredentials();
		if (credentials == null || account.getPassword() == null) {
			super.additionalAuthenticationChecks(account, login);
			return;
		}
		String fingerprint = fingerprint(account.getUsername(), credentials.toString(), account.getPassword());
		Remembered earlier = remembered.get(fingerprint);
		if (earlier != null && earlier.until() - System.nanoTime() > 0) {
			return;
		}
		super.additionalAuthenticationChecks(account, login);
		remember(fingerprint, account.getUsername());
	}

	/** Forgets every remembered login of an account: its next call is checked with bcrypt again. */
	void forget(String username) {
		remembered.values().removeIf(entry -> entry.username().equals(username));
	}

	/** What is held, for tests that prove no password is among it. */
	Map<String, Remembered> remembered() {
		return Map.copyOf(remembered);
	}

	private void remember(String fingerprint, String username) {
		long now = System.nanoTime();
		if (remembered.size() >= MOST_REMEMBERED) {
			remembered.values().removeIf(entry -> entry.until() - now <= 0);
			if (remembered.size() >= MOST_REMEMBERED) {
				remembered.clear();
			}
		}
		remembered.put(fingerprint, new Remembered(username, now + LIFETIME.toNanos()));
	}

	private String fingerprint(String username, String password, String storedHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			// NUL separates the parts: a username and a stored hash never contain it, so one input is one password.
			String input = username + '\0' + password + '\0' + storedHash;
			return Base64.getEncoder().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}

package org.irontrace.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing without letting a stranger lock anyone out. A hard lock after five wrong
 * passwords let anyone keep {@code admin} out for good by guessing five times every fifteen minutes;
 * here the waiting falls on the addresses that guess:
 * <ul>
 * <li>An account that received {@value #ACCOUNT_FAILURES} wrong passwords in a row is held for
 * {@value #HOLD_MINUTES} minutes (the administrators see it as locked and can unlock it), but only
 * against the addresses that sent it {@value #GUESSES_BEFORE_HOLD} or more of them. Its owner,
 * signing in from elsewhere or after a typo or two, is let in.</li>
 * <li>Past {@value #ACCOUNT_LIMIT} wrong passwords in a row (many addresses guessing together), the
 * hold covers every address that sent even one.</li>
 * <li>An address that sent {@value #SPRAY_LIMIT} wrong passwords, to any accounts, waits before each
 * next try: fifteen seconds, then twice as long each time, at most {@value #HOLD_MINUTES} minutes.</li>
 * </ul>
 * A held attempt is refused before its password is looked at and does not count. An address's count
 * starts again after {@value #HOLD_MINUTES} quiet minutes, and the address is forgotten an hour after
 * its last wrong password. Behind a reverse proxy every person comes from the proxy's address unless
 * {@code server.forward-headers-strategy} is set: set it.
 */
@Component
class LoginThrottle {

	static final int ACCOUNT_FAILURES = 5;

	static final int GUESSES_BEFORE_HOLD = 3;

	static final int ACCOUNT_LIMIT = 100;

	static final int SPRAY_LIMIT = 50;

	static final int HOLD_MINUTES = 15;

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	/** Beyond this many addresses the quiet ones are forgotten first, so memory stays bounded. */
	static final int MOST_SOURCES = 100_000;

	private final Map<String, SourceFailures> sources = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Until when this sign-in attempt is refused (null: not held), for the calling address and an
	 * account with {@code failuresInARow} wrong passwords, held by the database until {@code accountHeldUntil}.
	 */
	Instant heldUntil(String username, int failuresInARow, Instant accountHeldUntil) {
		String address = callerAddress();
		SourceFailures source = address == null ? null : sources.get(address);
		if (source == null || source.last().isBefore(Instant.now().minus(FORGET_AFTER))) {
			return null;
		}
		Instant held = null;
		int guesses = source.on(username);
		if (accountHeldUntil != null
				&& (guesses >= GUESSES_BEFORE_HOLD || failuresInARow >= ACCOUNT_LIMIT && guesses > 0)) {
			held = accountHeldUntil;
		}
		if (source.total() >= SPRAY_LIMIT) {
			long seconds = Math.min(HOLD_MINUTES * 60L, 15L << Math.min(20, source.total() - SPRAY_LIMIT));
			Instant next = source.last().plusSeconds(seconds);
			held = held == null || next.isAfter(held) ? next : held;
		}
		return held;
	}

	/** An administrator unlocked the account: every address's guesses at it are forgiven too. */
	void forget(String username) {
		sources.values().forEach(source -> source.forget(username));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		String address = callerAddress();
		if (address != null) {
			if (sources.size() >= MOST_SOURCES) {
				Instant quiet = Instant.now().minus(FORGET_AFTER);
				sources.values().removeIf(source -> source.last().isBefore(quiet));
			}
			sources.computeIfAbsent(address, any -> new SourceFailures())
				.failed(username, Instant.now(), Duration.ofMinutes(HOLD_MINUTES));
		}
		jdbc.sql("""
				UPDATE account SET failed_logins = failed_logins + 1,
				    locked_until = CASE WHEN failed_logins + 1 >= :max
				                        THEN now() + make_interval(mins => :minutes) ELSE locked_until END
				WHERE username = :username
				""")
			.param("max", ACCOUNT_FAILURES)
			.param("minutes", HOLD_MINUTES)
			.param("username", username)
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal account) {
			String address = callerAddress();
			SourceFailures source = address == null ? null : sources.get(address);
			if (source != null) {
				source.succeeded(account.username());
			}
			jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
				.param(account.username())
				.update();
		}
	}

	/** The address the current request came from; null outside a request (the command line). */
	private static String callerAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}
}

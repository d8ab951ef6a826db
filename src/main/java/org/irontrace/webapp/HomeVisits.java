package org.irontrace.webapp;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an analyst last came: the moment from which the home page's news counts. The moment is
 * taken once per signed-in session, so that reloading the home page (or coming back to it from
 * another page) keeps showing what was new when the session began, and the next session starts
 * from this one's first visit. A first visit ever counts the last week.
 */
@Component
class HomeVisits {

	/** What a first visit ever counts back over. */
	static final Duration FIRST_VISIT = Duration.ofDays(7);

	private static final String SINCE = HomeVisits.class.getName() + ".since";

	private final JdbcClient jdbc;

	HomeVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The previous visit of this account before this session, remembering now as its latest. */
	Instant since(String username, HttpSession session) {
		Object kept = session.getAttribute(SINCE);
		if (kept instanceof Instant since) {
			return since;
		}
		Instant now = Instant.now();
		Instant since = jdbc.sql("SELECT seen_at FROM home_visit WHERE username = ?").param(username)
			.query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(now.minus(FIRST_VISIT));
		jdbc.sql("""
				INSERT INTO home_visit (username, seen_at) VALUES (?, ?)
				ON CONFLICT (username) DO UPDATE SET seen_at = excluded.seen_at
				""").param(username).param(Timestamp.from(now)).update();
		session.setAttribute(SINCE, since);
		return since;
	}
}

package org.irontrace.intel;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A full refresh that fell due, kept in the database (V225) so that it outlives the process: what
 * called for it (a bulk run of traces, a ledger import, a changed rule of the graph) need not be held
 * until the refresh is done, and a start that finds it runs the refresh.
 */
@Component
class FullRefreshDue {

	private final JdbcClient jdbc;

	/**
	 * Whether this process wrote the need down after the latest refresh here began: the row then stands
	 * until a refresh begun after it ends, which covers whatever is told done meanwhile, so a stream of
	 * traces under a due refresh writes it once, not once for each.
	 */
	private boolean standing;

	FullRefreshDue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the need down (or moves it to now), unless this process's record of it still stands. */
	synchronized void record() {
		if (!standing) {
			jdbc.sql("""
					INSERT INTO intel_full_refresh_due (since) VALUES (clock_timestamp())
					ON CONFLICT (only_row) DO UPDATE SET since = excluded.since""").update();
			standing = true;
		}
	}

	/**
	 * A full refresh begins: since when one was due, to be removed when it ends ({@link #covered}). A
	 * need arriving from now on is written again, since this refresh may not cover it.
	 */
	synchronized Optional<OffsetDateTime> begun() {
		standing = false;
		return since();
	}

	/** Since when a full refresh is due, if one is. */
	Optional<OffsetDateTime> since() {
		return jdbc.sql("SELECT since FROM intel_full_refresh_due").query(OffsetDateTime.class).optional();
	}

	/**
	 * Removes the need a refresh read when it began: one written (or moved) while it ran stays, for it
	 * may not be covered.
	 */
	void covered(Optional<OffsetDateTime> readAtTheStart) {
		readAtTheStart.ifPresent(since -> jdbc.sql("DELETE FROM intel_full_refresh_due WHERE since = ?").param(since).update());
	}
}

package org.irontrace.report;

import java.util.List;

/**
 * Whose recoveries a report may count: every agency's (installation operators, and published
 * reports, which only ever show suppressed aggregates) or the listed agencies'.
 */
record Audience(boolean everyone, List<String> agencies) {

	static Audience ofEveryone() {
		return new Audience(true, List.of());
	}

	static Audience of(java.util.Collection<String> agencies) {
		return new Audience(false, List.copyOf(agencies));
	}
}

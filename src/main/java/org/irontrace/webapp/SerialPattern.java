package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A candidate's serial read against what the agency could read on the gun: each character marked
 * as read the same, unreadable on the gun ({@code ?}), or different (a look-alike such as O for 0).
 * What an analyst looks at to choose between candidates that fit equally well.
 */
record SerialPattern(List<Mark> marks) {

	enum Kind {
		SAME, UNREADABLE, DIFFERENT
	}

	/** A run of characters of the candidate's serial of one kind. */
	record Mark(String text, Kind kind) {

		public boolean same() {
			return kind == Kind.SAME;
		}

		public boolean unreadable() {
			return kind == Kind.UNREADABLE;
		}
	}

	/**
	 * The candidate's serial marked against the reading; the whole serial as one unmarked run when
	 * the two cannot be set side by side (no reading, or another length).
	 */
	static SerialPattern of(String read, String candidate) {
		String reading = plain(read);
		String serial = plain(candidate);
		if (reading.isEmpty() || reading.length() != serial.length()) {
			return new SerialPattern(List.of(new Mark(serial, Kind.SAME)));
		}
		List<Mark> marks = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		Kind runKind = null;
		for (int i = 0; i < serial.length(); i++) {
			char r = reading.charAt(i);
			Kind kind = r == '?' ? Kind.UNREADABLE : r == serial.charAt(i) ? Kind.SAME : Kind.DIFFERENT;
			if (runKind != null && kind != runKind) {
				marks.add(new Mark(run.toString(), runKind));
				run.setLength(0);
			}
			run.append(serial.charAt(i));
			runKind = kind;
		}
		marks.add(new Mark(run.toString(), runKind));
		return new SerialPattern(List.copyOf(marks));
	}

	/** Serials compared as FORMATS.md normalises them: upper case, no spaces or dashes. */
	private static String plain(String serial) {
		return serial == null ? "" : serial.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
	}
}

package org.irontrace.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence an engine writes, as a message code and its arguments, so that a page can word it in
 * the reader's language while the API keeps the engine's English. Arguments are plain values that
 * survive a trip through JSON: numbers, text, dates as ISO text ({@code 2024-03-01}), another
 * wording, or a list of them.
 */
public record Wording(String code, List<Object> args) {

	public Wording {
		// Nulls are allowed (an unknown value prints as nothing), so no List.of here.
		args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
	}

	public static Wording of(String code, Object... args) {
		return new Wording(code, java.util.Arrays.asList(args));
	}
}

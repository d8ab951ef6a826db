package org.irontrace.simulation;

import java.util.List;

/**
 * The tracing centre's answers for one recovering country: how many recoveries were never submitted
 * (backlog), are still pending, and how the answered ones came back (the answer in force).
 *
 * @param topReasons the most frequent reasons of the answers, most frequent first, e.g. {@code "TOO OLD 12"}
 */
public record TraceAnswerMix(String country, long recovered, long backlog, long pending, long answered, long completed,
		long dealerOnly, long sourceOnly, long notTraced, long corrected, List<String> topReasons) {

	/** Share (%) of answered traces that did not reach a retail purchaser. */
	public double notCompletedPercent() {
		return answered == 0 ? 0 : 100.0 * (answered - completed) / answered;
	}
}

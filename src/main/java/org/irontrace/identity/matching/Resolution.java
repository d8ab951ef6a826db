package org.irontrace.identity.matching;

import java.util.List;

/**
 * The outcome of a resolution: each record's person as a number (records with one number are one
 * person), the model used, and the counts an analyst or a benchmark wants to see.
 */
public record Resolution(int[] personOf, int people, MatchModel model, long candidatePairs, long links,
		long oversizedBlocks, List<CandidatePairs> candidates) {
}

package org.irontrace.identity.matching;

import java.util.List;

/**
 * The outcome of a resolution: each record's person as a number (records with one number are one
 * person), the model used, and the counts an analyst or a benchmark wants to see; {@code keptApart}
 * counts the pairs of records the coherence check kept apart in people the links had chained together.
 */
public record Resolution(int[] personOf, int people, MatchModel model, long candidatePairs, long links,
		long oversizedBlocks, List<CandidatePairs> candidates, long keptApart) {

	public Resolution(int[] personOf, int people, MatchModel model, long candidatePairs, long links,
			long oversizedBlocks, List<CandidatePairs> candidates) {
		this(personOf, people, model, candidatePairs, links, oversizedBlocks, candidates, 0);
	}
}

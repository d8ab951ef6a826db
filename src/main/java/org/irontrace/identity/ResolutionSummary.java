package org.irontrace.identity;

/**
 * What a resolution run did: records seen and newly placed, candidate pairs compared, links found
 * at the threshold, people afterwards, assignments changed, whether the model was learnt anew.
 */
public record ResolutionSummary(int records, int newRecords, long candidatePairs, long links, int people,
		int assignmentsChanged, double threshold, boolean modelTrained, double seconds) {
}

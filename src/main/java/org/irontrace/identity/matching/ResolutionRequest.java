package org.irontrace.identity.matching;

import java.util.List;

/**
 * What a resolution is asked to do.
 *
 * @param threshold match probability from which a pair is linked
 * @param model the model to score with; null trains one from the data by EM
 * @param acrossSourcesOnly linkage: compare only records of different sources
 * @param fresh for an incremental run, the records not yet assigned to a person (null: all are)
 * @param knownGroup for an incremental run, each record's existing person as a number (-1: none)
 * @param same pairs of record indexes judged the same person
 * @param notSame pairs of record indexes judged not the same person
 * @param context what the link graph knows around each record, in the records' order (null: nothing)
 */
public record ResolutionRequest(double threshold, MatchModel model, boolean acrossSourcesOnly, boolean[] fresh,
		int[] knownGroup, List<int[]> same, List<int[]> notSame, List<RecordContext> context) {

	public static final double DEFAULT_THRESHOLD = 0.95;

	public static ResolutionRequest of(double threshold) {
		return new ResolutionRequest(threshold, null, false, null, null, List.of(), List.of(), null);
	}

	public ResolutionRequest acrossSources() {
		return new ResolutionRequest(threshold, model, true, fresh, knownGroup, same, notSame, context);
	}

	public ResolutionRequest withModel(MatchModel trained) {
		return new ResolutionRequest(threshold, trained, acrossSourcesOnly, fresh, knownGroup, same, notSame, context);
	}

	public ResolutionRequest incremental(boolean[] freshRecords, int[] existingGroups) {
		return new ResolutionRequest(threshold, model, acrossSourcesOnly, freshRecords, existingGroups, same, notSame, context);
	}

	/** The context of every record (null or an empty list: none), for the name-only rules. */
	public ResolutionRequest withContext(List<RecordContext> recordContext) {
		return new ResolutionRequest(threshold, model, acrossSourcesOnly, fresh, knownGroup, same, notSame,
				recordContext == null || recordContext.isEmpty() ? null : recordContext);
	}

	public ResolutionRequest withJudgements(List<int[]> judgedSame, List<int[]> judgedNotSame) {
		return new ResolutionRequest(threshold, model, acrossSourcesOnly, fresh, knownGroup, judgedSame, judgedNotSame, context);
	}
}

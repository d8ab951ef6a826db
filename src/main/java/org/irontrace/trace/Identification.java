package org.irontrace.trace;

import java.util.List;

import org.irontrace.commerce.LedgerFirearm;

/** The answer to "which gun in the ledger is this?". */
sealed interface Identification {

	/** Candidates listed in the trace result, best first. */
	List<TraceResult.Candidate> candidates();

	/** Exactly one ledger firearm fits. */
	record Identified(LedgerFirearm firearm, List<TraceResult.Candidate> candidates) implements Identification {
	}

	/** None or several fit: the reason says which. */
	record NotIdentified(TraceReason reason, List<TraceResult.Candidate> candidates) implements Identification {
	}
}

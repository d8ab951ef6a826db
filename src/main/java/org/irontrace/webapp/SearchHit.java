package org.irontrace.webapp;

import org.irontrace.recovery.RecoverySearch;

/**
 * A recovery found, as a line of the results: the recovery as the list shows it, whether its
 * possessor could be shown, and its current trace if it has one.
 */
record SearchHit(RecoveryRow row, String agency, String serialKey, boolean personalDataShown, String traceId,
		String traceStatus) {

	static SearchHit of(RecoverySearch.Hit hit) {
		return new SearchHit(RecoveryRow.of(hit.recovery()), hit.recovery().agency(), hit.recovery().firearm().serialKey(),
				hit.personalDataShown(), hit.traceId(), hit.traceStatus());
	}
}

package org.irontrace.intel;

import java.util.List;

/** A lead as computed, before it meets the analysts' work stored with it. */
record LeadDraft(LeadType type, String subject, double score, String summary, List<Evidence> evidence,
		List<LeadPerson> people, List<String> licences, List<String> contributingAgencies) {

	List<String> indicators() {
		return evidence.stream().map(Evidence::indicator).distinct().toList();
	}
}

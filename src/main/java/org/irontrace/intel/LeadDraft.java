package org.irontrace.intel;

import java.util.List;

import org.irontrace.platform.Wording;

/**
 * A lead as computed, before it meets the analysts' work stored with it. {@code summaryWording} is
 * the summary as a message code and its figures, for pages in other languages.
 */
record LeadDraft(LeadType type, String subject, double score, String summary, List<Evidence> evidence,
		List<LeadPerson> people, List<String> licences, List<String> contributingAgencies, Wording summaryWording) {

	LeadDraft(LeadType type, String subject, double score, String summary, List<Evidence> evidence,
			List<LeadPerson> people, List<String> licences, List<String> contributingAgencies) {
		this(type, subject, score, summary, evidence, people, licences, contributingAgencies, null);
	}

	List<String> indicators() {
		return evidence.stream().map(Evidence::indicator).distinct().toList();
	}
}

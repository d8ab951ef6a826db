package org.irontrace.webapp;

import java.util.List;

import org.irontrace.intel.Evidence;
import org.irontrace.intel.Lead;

/**
 * One piece of a lead's evidence for the page: the indicator (whose name and meaning the page words
 * in the reader's language), the engine's sentence in the reader's language when it has words for
 * it (else in English, {@code language} says which), and each record behind it with where it
 * leads: a recovery ({@code agency/recoveryId}) to its trace, a licence to its dealer page, a ring to
 * its page; other records (sale forms, corridors) are shown as they are.
 */
record LeadEvidenceLine(String indicator, String says, String language, List<RecordLink> records) {

	static LeadEvidenceLine of(Evidence evidence, Lead lead, EngineWords words) {
		List<String> licences = lead.licence() != null ? List.of(lead.licence())
				: lead.licences() == null ? List.of() : lead.licences();
		EngineWords.Said said = words.said("explore.says.", evidence.wording(), evidence.says());
		return new LeadEvidenceLine(evidence.indicator(), said.text(), said.language(),
				evidence.records().stream()
					.map(record -> "RING_MEMBER".equals(evidence.indicator()) ? new RecordLink(record, "/app/rings/" + record)
							: RecordLink.of(record, licences))
					.toList());
	}

	/** A record behind the evidence and the page it leads to, null when it leads nowhere. */
	record RecordLink(String text, String href) {

		static RecordLink of(String record, List<String> licences) {
			if (licences.contains(record)) {
				return new RecordLink(record, "/app/dealers/" + record);
			}
			int slash = record.indexOf('/');
			if (slash > 0 && slash < record.length() - 1 && !record.contains(" ")) {
				return new RecordLink(record, org.springframework.web.util.UriComponentsBuilder.fromPath("/app/trace")
					.queryParam("agency", record.substring(0, slash))
					.queryParam("recoveryId", record.substring(slash + 1))
					.encode()
					.build()
					.toUriString());
			}
			return new RecordLink(record, null);
		}
	}
}

package org.irontrace.interdiction;

import org.irontrace.imports.CsvRow;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.Submitter;

/**
 * Which agency a shipment or inspection row belongs to: the sender's own agency. The optional
 * {@code agency} column is for senders who may write for any agency (the installation's command line,
 * its operators); any other sender may leave it blank or repeat its own agency.
 */
final class RowAgency {

	private RowAgency() {
	}

	static String of(CsvRow row) {
		Submitter submitter = row.submitter();
		String written = row.text("agency");
		if (written == null) {
			if (submitter.agency() == null) {
				row.reject("agency", Refusal.AGENCY_NOT_SAID);
			}
			return submitter.agency();
		}
		if (!submitter.mayReportFor(written)) {
			row.reject("agency", Refusal.ANOTHER_AGENCY, submitter.agency(), written);
		}
		return written;
	}
}

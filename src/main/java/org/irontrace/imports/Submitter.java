package org.irontrace.imports;

/**
 * Who sends a file: the agency whose records it may contain. The installation's own work (command
 * line, demo) and its operators may send records of any agency.
 */
public record Submitter(String agency, boolean anyAgency) {

	public static final Submitter INSTALLATION = new Submitter(null, true);

	/** Whether a row of this agency may come from this submitter. */
	public boolean mayReportFor(String rowAgency) {
		return anyAgency || agency.equals(rowAgency);
	}
}

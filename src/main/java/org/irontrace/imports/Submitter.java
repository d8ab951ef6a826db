package org.irontrace.imports;

/**
 * Who sends a file: the agency whose records it may contain, and the name written on the rows it
 * adds to the shared ledger ({@code sentBy}: the user's name, or {@code installation} for the
 * installation's own work). The installation's own work (command line, demo) and its operators may
 * send records of any agency.
 */
public record Submitter(String agency, boolean anyAgency, String sentBy) {

	public static final Submitter INSTALLATION = new Submitter(null, true, "installation");

	/** A sender whose name is its agency's (the rows it may send do not reach the shared ledger). */
	public Submitter(String agency, boolean anyAgency) {
		this(agency, anyAgency, agency);
	}

	/** Whether a row of this agency may come from this submitter. */
	public boolean mayReportFor(String rowAgency) {
		return anyAgency || agency.equals(rowAgency);
	}
}

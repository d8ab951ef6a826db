package org.irontrace.recovery;

import java.util.List;

import org.irontrace.access.Caller;

/**
 * Recoveries another installation's agency granted to an agency of this one, asked for under their
 * written agency {@code NAME:AGENCY} (provided by federation, which keeps them apart and read-only).
 */
public interface ForeignRecoveries {

	/**
	 * A page of the records of {@code writtenAgency} granted to the caller's agency, personal fields
	 * null below FULL; each read of personal data is audited here and reported to the owner.
	 */
	List<Recovery> listForeignRecoveries(Caller caller, String writtenAgency, String afterId, int limit, String purpose);

	/** Whether an agency is written as another installation's ({@code NAME:AGENCY}). */
	static boolean isForeign(String agency) {
		return agency.indexOf(':') > 0;
	}
}

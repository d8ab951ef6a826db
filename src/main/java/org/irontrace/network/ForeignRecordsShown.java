package org.irontrace.network;

import java.util.List;

import org.irontrace.access.Caller;

/**
 * Told when rings or leads showed their people's names over records another installation granted
 * (a gun written {@code NAME:AGENCY/RECOVERY_ID}), so that each such read is audited here and reported
 * to the record's owner, as every read of a foreign record with personal data is. Implemented by
 * federation; network does not know how the reports travel.
 */
public interface ForeignRecordsShown {

	/**
	 * Audits and reports the foreign records among {@code records} (records of this installation are
	 * ignored); {@code subject} names what showed them (a ring, a lead).
	 */
	void reportShown(Caller caller, List<String> records, String subject, String purpose);

	/** Whether a record written {@code AGENCY/RECOVERY_ID} is held for another installation's agency. */
	static boolean isForeign(String record) {
		int colon = record.indexOf(':');
		int slash = record.indexOf('/');
		return colon > 0 && slash > colon;
	}
}

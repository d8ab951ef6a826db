package org.irontrace.access;

/** The roles of IronTrace users. */
public enum Role {

	/** Works an agency's recoveries, traces and leads. */
	ANALYST,
	/** Works leads and cases, source side. */
	INVESTIGATOR,
	/** Oversees an agency's analysts. */
	SUPERVISOR,
	/** Reads the audit trail. */
	AUDITOR,
	/** Manages agencies, users, tokens and agreements. */
	ADMIN,
	/** A licensee or maker that sends ledger data and answers trace requests. */
	DATA_PROVIDER,
	/** Reads published reports and open data only. */
	PUBLIC
}

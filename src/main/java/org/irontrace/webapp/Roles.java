package org.irontrace.webapp;

/** Who may use which pages, as {@code @PreAuthorize} expressions (the same roles as the API). */
final class Roles {

	/** People who work recoveries, traces and the intelligence drawn from them. */
	static final String WORK_RECORDS = "hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')";

	/** An agency's administrators: its users, tokens and agreements. */
	static final String ADMINISTER = "hasRole('ADMIN')";

	/** Auditors read the audit trail. */
	static final String AUDIT = "hasRole('AUDITOR')";

	private Roles() {
	}
}

package org.irontrace.webapp;

/** Who may use which pages, as {@code @PreAuthorize} expressions (the same roles as the API). */
final class Roles {

	/** People who work recoveries and traces. */
	static final String WORK_RECORDS = "hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')";

	private Roles() {
	}
}

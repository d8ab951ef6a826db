package org.irontrace.webapp;

import org.irontrace.access.Caller;
import org.irontrace.access.Role;

/**
 * Which parts of the application the signed-in caller may reach, so the header shows only the
 * links that lead somewhere (the pages themselves check again).
 *
 * @param workRecords recoveries, traces, dashboard, map, search, leads and the link graph
 * @param matchReview review of entity-resolution matches: people are resolved across agencies, so
 * only the installation's operators review them
 * @param administer agencies, users, tokens and sharing agreements
 * @param audit the audit trail
 */
record Navigation(boolean workRecords, boolean matchReview, boolean administer, boolean audit) {

	/** The agency of the installation's operators. */
	static final String OPERATOR_AGENCY = "IRONTRACE";

	static Navigation of(Caller caller) {
		if (caller == null) {
			return new Navigation(false, false, false, false);
		}
		boolean works = caller.has(Role.ANALYST) || caller.has(Role.INVESTIGATOR) || caller.has(Role.SUPERVISOR)
				|| caller.has(Role.ADMIN);
		return new Navigation(works, works && OPERATOR_AGENCY.equals(caller.agency()), caller.has(Role.ADMIN),
				caller.has(Role.AUDITOR));
	}
}

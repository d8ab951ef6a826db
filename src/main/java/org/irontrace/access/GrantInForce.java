package org.irontrace.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sharing agreement in force today, as federation sends it to the grantee's installation.
 *
 * @param grantee the grantee as written: {@code NAME:AGENCY} for an agency of a peer installation
 */
public record GrantInForce(UUID id, String grantor, String grantee, List<String> scope, SharingLevel level,
		LocalDate validFrom, LocalDate validUntil) {

	/** The grantee's agency at its own installation (the part after {@code NAME:}). */
	public String granteeAgency() {
		return grantee.substring(grantee.indexOf(':') + 1);
	}

	public boolean covers(SharingScope scope) {
		return this.scope.contains(scope.name());
	}
}

package org.irontrace.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sharing agreement as it was granted: the grantor lets the grantee see what {@code scope} names,
 * at {@code level}, from {@code validFrom} to {@code validUntil} (open when null), until revoked.
 * The HTTP API answers it as it stands (FORMATS.md, access API); a grantee written
 * {@code NAME:AGENCY} is an agency of a peer installation.
 *
 * @param revokedAt when the grantor stopped it, or null while it stands
 */
public record SharingAgreement(UUID id, String grantor, String grantee, List<SharingScope> scope, SharingLevel level,
		LocalDate validFrom, LocalDate validUntil, Instant revokedAt) {

	public SharingAgreement {
		scope = List.copyOf(scope);
	}

	/** Given or received by this agency. */
	public boolean concerns(String agency) {
		return grantor.equals(agency) || grantee.equals(agency);
	}

	/** Not revoked, started by {@code day} and not ended before it. */
	public boolean inForceOn(LocalDate day) {
		return revokedAt == null && !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
	}
}

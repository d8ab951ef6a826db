package org.irontrace.federation;

/** A message from another installation that is not to be trusted: unsigned, tampered, stale or replayed. */
public class PeerRefusedException extends RuntimeException {

	public PeerRefusedException(String message) {
		super(message);
	}
}

package org.irontrace.trace;

/**
 * Where a current trace's last change stands in the order copies read changes in: the transaction
 * that made it, then the recovery. Written {@code TRANSACTION:RECOVERY_ID} between installations.
 */
public record TraceChange(long transaction, String recoveryId) {

	/** The change a cursor names, or null when the text is no such cursor. */
	public static TraceChange parse(String text) {
		int colon = text == null ? -1 : text.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		try {
			return new TraceChange(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		return transaction + ":" + recoveryId;
	}
}

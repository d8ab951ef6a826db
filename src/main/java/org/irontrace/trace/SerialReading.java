package org.irontrace.trace;

import org.irontrace.catalog.SerialNumbers;
import org.irontrace.recovery.Recovery;

/**
 * What the recovering agency could read of the serial: the whole serial, or a partial one with
 * {@code ?} for each unreadable character.
 */
record SerialReading(String characters) {

	/**
	 * Fewer readable characters than this cannot narrow a ledger of millions of guns to a useful
	 * list of candidates.
	 */
	static final int MIN_READABLE = 4;

	boolean partial() {
		return SerialNumbers.isPartial(characters);
	}

	/**
	 * The reading of a recovery's serial, or null when there is none usable: the restored partial
	 * serial takes precedence over the serial field when the serial was obliterated.
	 */
	static SerialReading of(Recovery recovery) {
		String serial = recovery.firearm().serialKey();
		String partial = recovery.partialSerial();
		String reading = partial != null && (recovery.serialObliterated() || serial == null) ? partial : serial;
		if (reading == null) {
			return null;
		}
		if (SerialNumbers.isPartial(reading) && SerialNumbers.readableCharacters(reading) < MIN_READABLE) {
			return null;
		}
		return new SerialReading(reading);
	}

	/** The reason a recovery without a usable reading is not traced. */
	static TraceReason missingReason(Recovery recovery) {
		boolean nothingWritten = recovery.firearm().serialKey() == null && recovery.partialSerial() == null;
		return nothingWritten && !recovery.serialObliterated() ? TraceReason.SERIAL_MISSING
				: TraceReason.SERIAL_OBLITERATED;
	}
}

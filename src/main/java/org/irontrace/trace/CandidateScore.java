package org.irontrace.trace;

import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.commerce.LedgerFirearm;

/**
 * How well a ledger firearm fits a recovered one, from 0 to 1: mostly the serial (each character
 * read the same counts fully, a look-alike character three quarters, an unreadable one half), the
 * rest the description fields known on both sides.
 */
final class CandidateScore {

	private static final double SERIAL_WEIGHT = 0.7;

	private CandidateScore() {
	}

	static double of(SerialReading reading, FirearmDescription recovered, LedgerFirearm candidate) {
		double score = SERIAL_WEIGHT * serial(reading.characters(), candidate.identity().serialKey())
				+ (1 - SERIAL_WEIGHT) * description(recovered, candidate);
		return Math.round(score * 1000) / 1000.0;
	}

	static double serial(String reading, String candidate) {
		if (reading.length() != candidate.length()) {
			return 0;
		}
		double points = 0;
		for (int i = 0; i < reading.length(); i++) {
			char read = reading.charAt(i);
			char marked = candidate.charAt(i);
			if (read == marked) {
				points += 1;
			}
			else if (read == SerialNumbers.UNREADABLE) {
				points += 0.5;
			}
			else if (SerialNumbers.lookAlike(read, marked)) {
				points += 0.75;
			}
		}
		return points / reading.length();
	}

	/** Share of the description fields known on both sides that agree; one half when none can be compared. */
	static double description(FirearmDescription recovered, LedgerFirearm candidate) {
		int compared = 0;
		int agreeing = 0;
		String[][] pairs = { { recovered.manufacturerKey(), candidate.identity().manufacturerKey() },
				{ recovered.calibreFamily(), candidate.calibreFamily() },
				{ recovered.firearmType(), candidate.firearmType() },
				{ normaliseModel(recovered.model()), normaliseModel(candidate.model()) },
				{ recovered.importerKey(), emptyToNull(candidate.identity().importerKey()) } };
		for (String[] pair : pairs) {
			if (pair[0] != null && pair[1] != null) {
				compared++;
				agreeing += pair[0].equals(pair[1]) ? 1 : 0;
			}
		}
		return compared == 0 ? 0.5 : (double) agreeing / compared;
	}

	static String normaliseModel(String model) {
		return model == null ? null : model.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}

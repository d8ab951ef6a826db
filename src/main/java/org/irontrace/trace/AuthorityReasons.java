package org.irontrace.trace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.irontrace.platform.Accents;

/**
 * Reads a tracing authority's own wording of why a gun was not traced ({@code TOO OLD},
 * {@code NO SERIAL}, {@code OUT OF BUSINESS RECORDS NOT FOUND} ...) as one of IronTrace's reasons,
 * so that reports count the authority's answers with the engine's. The words are always kept
 * beside the reason: a mapping is a reading, never a replacement.
 */
final class AuthorityReasons {

	private record Wording(String fragment, TraceReason reason) {
	}

	/**
	 * The first fragment found in the folded words decides, so more specific phrases come first
	 * ("NO IMPORT RECORD" before "NO RECORD", "OBLITERATED" before "SERIAL").
	 */
	private static final List<Wording> WORDINGS = List.of(new Wording("OBLITERAT", TraceReason.SERIAL_OBLITERATED),
			new Wording("DEFACED", TraceReason.SERIAL_OBLITERATED), new Wording("RESTOR", TraceReason.SERIAL_OBLITERATED),
			new Wording("BORRAD", TraceReason.SERIAL_OBLITERATED), new Wording("LIMAD", TraceReason.SERIAL_OBLITERATED),
			new Wording("NO SERIAL", TraceReason.SERIAL_MISSING), new Wording("SERIAL MISSING", TraceReason.SERIAL_MISSING),
			new Wording("MISSING SERIAL", TraceReason.SERIAL_MISSING), new Wording("SIN SERIE", TraceReason.SERIAL_MISSING),
			new Wording("SIN NUMERO", TraceReason.SERIAL_MISSING),
			new Wording("MULTIPLE", TraceReason.AMBIGUOUS), new Wording("AMBIGU", TraceReason.AMBIGUOUS),
			new Wording("FOREIGN", TraceReason.FOREIGN_NOT_IMPORTED), new Wording("NO IMPORT", TraceReason.FOREIGN_NOT_IMPORTED),
			new Wording("NOT IMPORTED", TraceReason.FOREIGN_NOT_IMPORTED),
			new Wording("STOLEN", TraceReason.STOLEN_FROM_LICENSEE), new Wording("THEFT", TraceReason.STOLEN_FROM_LICENSEE),
			new Wording("OUT OF BUSINESS", TraceReason.NO_RETAIL_SALE_RECORD),
			new Wording("DEALER", TraceReason.NO_RETAIL_SALE_RECORD), new Wording("FFL", TraceReason.NO_RETAIL_SALE_RECORD),
			new Wording("NO SALE", TraceReason.NO_RETAIL_SALE_RECORD), new Wording("RETAIL", TraceReason.NO_RETAIL_SALE_RECORD),
			new Wording("INSUFFICIENT", TraceReason.INSUFFICIENT_DESCRIPTION),
			new Wording("INCOMPLETE", TraceReason.INSUFFICIENT_DESCRIPTION),
			new Wording("INVALID", TraceReason.INSUFFICIENT_DESCRIPTION),
			new Wording("UNKNOWN MANUFACTURER", TraceReason.INSUFFICIENT_DESCRIPTION),
			new Wording("DESCRIPTION", TraceReason.INSUFFICIENT_DESCRIPTION),
			new Wording("TOO OLD", TraceReason.NO_MANUFACTURER_RECORD), new Wording("PRE 1968", TraceReason.NO_MANUFACTURER_RECORD),
			new Wording("PRE 68", TraceReason.NO_MANUFACTURER_RECORD), new Wording("MANUFACTURER", TraceReason.NO_MANUFACTURER_RECORD),
			new Wording("NO RECORD", TraceReason.NO_MANUFACTURER_RECORD),
			new Wording("NOT FOUND", TraceReason.NO_MANUFACTURER_RECORD));

	private AuthorityReasons() {
	}

	/**
	 * IronTrace's reason for the authority's words; {@code NO_MANUFACTURER_RECORD} (the authority
	 * found no record of the gun) when the words are blank or say nothing this reading knows.
	 */
	static TraceReason reasonFor(String words) {
		TraceReason recognised = recognised(words);
		return recognised == null ? TraceReason.NO_MANUFACTURER_RECORD : recognised;
	}

	/** The reason the words name, or null when they name none this reading knows. */
	static TraceReason recognised(String words) {
		if (words == null || words.isBlank()) {
			return null;
		}
		// An authority words its answers in a few dozen ways, read for every row of a file: each
		// wording is read once, up to a bound a file of invented words cannot pass.
		Optional<TraceReason> known = READ.get(words);
		if (known == null) {
			known = Optional.ofNullable(read(words));
			if (READ.size() < WORDINGS_REMEMBERED) {
				READ.put(words, known);
			}
		}
		return known.orElse(null);
	}

	private static final int WORDINGS_REMEMBERED = 10_000;

	private static final Map<String, Optional<TraceReason>> READ = new ConcurrentHashMap<>();

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^A-Z0-9]+");

	private static TraceReason read(String words) {
		String folded = NOT_A_LETTER_OR_DIGIT.matcher(Accents.strip(words).toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
		return WORDINGS.stream().filter(w -> folded.contains(w.fragment())).map(Wording::reason).findFirst().orElse(null);
	}
}

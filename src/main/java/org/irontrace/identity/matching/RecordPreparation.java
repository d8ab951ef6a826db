package org.irontrace.identity.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.irontrace.identity.PersonRecord;

/**
 * Turns person records into prepared ones, in parallel. Equal strings are shared: a million
 * records hold a few thousand distinct names, and sharing keeps the memory to the records' count.
 */
final class RecordPreparation {

	private final NameVariants variants;

	private final AddressForms addresses;

	private final Map<String, String> shared = new ConcurrentHashMap<>();

	RecordPreparation(NameVariants variants, AddressForms addresses) {
		this.variants = variants;
		this.addresses = addresses;
	}

	PreparedRecord[] prepareAll(List<PersonRecord> records) {
		PreparedRecord[] prepared = new PreparedRecord[records.size()];
		IntStream.range(0, prepared.length).parallel().forEach(i -> prepared[i] = prepare(records.get(i)));
		return prepared;
	}

	PreparedRecord prepare(PersonRecord record) {
		String first = share(Spelling.fold(record.firstName()));
		String firstWord = first == null ? null : share(Spelling.words(first).get(0));
		List<String> surnames = Spelling.surnameWords(Spelling.fold(record.lastName()));
		String[] lastWords = surnames.stream().map(this::share).toArray(String[]::new);
		String last = lastWords.length == 0 ? null : share(String.join(" ", lastWords));
		int[] dob = BirthDate.parts(record.dob());
		return new PreparedRecord(share(record.source() == null ? "" : record.source()), first, firstWord,
				groupsOfEveryWord(first), share(SpanishPhonetic.key(firstWord)), last, lastWords,
				share(lastWords.length == 0 ? "" : SpanishPhonetic.key(lastWords[0])),
				dob[0], dob[1], dob[2],
				share(addresses.normalise(record.street())), share(Spelling.fold(record.city())),
				share(Spelling.fold(record.state())), share(code(record.postalCode())), code(record.idNumber()));
	}

	/** The name-variant groups of every word of a given name: "María Guadalupe" is also a Lupe. */
	private int[] groupsOfEveryWord(String givenName) {
		int[] groups = new int[0];
		for (String word : Spelling.words(givenName)) {
			int[] more = variants.groupsOf(word);
			if (more.length > 0) {
				int[] joined = java.util.Arrays.copyOf(groups, groups.length + more.length);
				System.arraycopy(more, 0, joined, groups.length, more.length);
				groups = joined;
			}
		}
		return groups;
	}

	/** Codes (postcodes, document numbers) compared without spaces, dashes or case. */
	private static String code(String value) {
		String folded = Spelling.fold(value);
		return folded == null ? null : folded.replace(" ", "");
	}

	private String share(String value) {
		if (value == null) {
			return null;
		}
		String known = shared.putIfAbsent(value, value);
		return known == null ? value : known;
	}
}

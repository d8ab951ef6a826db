package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Given names, surnames, short forms and street names (names.csv). */
final class NameBook {

	private final Map<Culture, String[]> male = new EnumMap<>(Culture.class);

	private final Map<Culture, String[]> female = new EnumMap<>(Culture.class);

	private final Map<Culture, String[]> surnames = new EnumMap<>(Culture.class);

	private final Map<String, String> shortForms = new TreeMap<>();

	private final String[] streets;

	NameBook() {
		Map<String, List<String>> lists = new TreeMap<>();
		for (NamedCsvRecord row : ResourceTable.read("names.csv")) {
			String value = row.getField("value");
			int split = value.indexOf(';');
			if (split > 0) {
				shortForms.put(value.substring(0, split), value.substring(split + 1));
				value = value.substring(0, split);
			}
			lists.computeIfAbsent(row.getField("culture") + "/" + row.getField("kind"), k -> new ArrayList<>()).add(value);
		}
		for (Culture culture : Culture.values()) {
			male.put(culture, array(lists, culture + "/male"));
			female.put(culture, array(lists, culture + "/female"));
			surnames.put(culture, array(lists, culture + "/surname"));
		}
		streets = array(lists, "STREET/name");
	}

	private static String[] array(Map<String, List<String>> lists, String key) {
		List<String> list = lists.get(key);
		if (list == null) {
			throw new IllegalStateException("names.csv has no " + key);
		}
		return list.toArray(String[]::new);
	}

	String givenName(Culture culture, boolean isMale, Dice dice) {
		return dice.pick(isMale ? male.get(culture) : female.get(culture));
	}

	String surname(Culture culture, Dice dice) {
		return dice.pick(surnames.get(culture));
	}

	/** The common short form of a given name (Bill for William), or null. */
	String shortForm(String givenName) {
		return shortForms.get(givenName);
	}

	String street(Dice dice) {
		return dice.pick(streets);
	}
}

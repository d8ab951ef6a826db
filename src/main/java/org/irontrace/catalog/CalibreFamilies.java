package org.irontrace.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calibre families the catalogue knows, from {@code catalog/calibres.tsv}, and the rule that
 * decides whether two written calibres are the same.
 *
 * <p>A calibre is written by hand on seizure forms in three languages ({@code CAL. 9 MM},
 * {@code 9mm Luger}, {@code 7,62 X 39}), so the comparison sets aside everything but the numbers
 * and the words that name the round. Families are drawn as a firearms examiner would: rounds that
 * are the same cartridge under other names merge (9x19 and 9mm Parabellum), rounds that merely look
 * alike stay apart (.38 Special and .38 Super, 9x19 and 9x18 Makarov).
 */
final class CalibreFamilies {

	/** The label in front of a calibre: CAL, CAL., CALIBRE, CALIBER, CALIBRO (Spanish, French, English, Italian). */
	private static final Pattern LABEL_BEFORE = Pattern
			.compile("^(CAL(IBER|IBRE|IBRO)?S?|KAL(IBER)?)(?:[.:]?\\s+|:|(?=\\.\\d))");

	/** The same label written after it: {@code .45 CAL}, {@code 45CAL}. */
	private static final Pattern LABEL_AFTER = Pattern.compile("(?:\\s+|(?<=\\d))(CAL(IBER|IBRE)?)\\.?$");

	/** Pressure marks ({@code +P}, {@code +P+}) name a loading, not a calibre. */
	private static final Pattern PRESSURE_MARK = Pattern.compile("\\+\\s*P\\+?");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

	private static final Pattern MM_AFTER_NUMBER = Pattern.compile("(?<=\\d)MM");

	private static final Pattern NOT_A_DECIMAL_POINT = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_/()&'\"]+");

	private static final CalibreFamilies FROM_FILE = load();

	private final Map<String, String> familyByAlias;

	private final List<String> families;

	private CalibreFamilies(Map<String, String> familyByAlias, List<String> families) {
		this.familyByAlias = familyByAlias;
		this.families = families;
	}

	/** The list shipped with IronTrace, read once per class loader. */
	static CalibreFamilies fromFile() {
		return FROM_FILE;
	}

	/** The family a written calibre belongs to. */
	Optional<String> find(String asWritten) {
		String key = matchKey(asWritten);
		return key == null ? Optional.empty() : Optional.ofNullable(familyByAlias.get(key));
	}

	List<String> families() {
		return families;
	}

	int aliasCount() {
		return familyByAlias.size();
	}

	/**
	 * A calibre as written, tidied but not interpreted: upper case, no accents, single spaces, the
	 * CAL/CALIBRE label and a decimal comma put right. What an unknown calibre is kept as.
	 */
	static String tidy(String asWritten) {
		String text = Spelling.tidy(asWritten);
		if (text == null) {
			return null;
		}
		text = text.replace('\u00D7', 'X');
		text = DECIMAL_COMMA.matcher(text).replaceAll(".");
		String unlabelled = LABEL_AFTER.matcher(LABEL_BEFORE.matcher(text).replaceFirst("")).replaceFirst("").trim();
		return unlabelled.isEmpty() ? text : unlabelled;
	}

	/** The form two calibres are compared in: {@code CAL. 9 MM} and {@code 9mm} both read {@code 9}. */
	static String matchKey(String asWritten) {
		String text = tidy(asWritten);
		if (text == null) {
			return null;
		}
		text = PRESSURE_MARK.matcher(text).replaceAll("");
		text = SEPARATORS.matcher(text).replaceAll("");
		text = MM_AFTER_NUMBER.matcher(text).replaceAll("");
		text = NOT_A_DECIMAL_POINT.matcher(text).replaceAll("");
		return text.isEmpty() ? null : text;
	}

	private static CalibreFamilies load() {
		Map<String, String> familyByAlias = new HashMap<>();
		List<String> families = new ArrayList<>();
		for (String[] row : CatalogFile.rows("calibres.tsv", 2)) {
			String family = row[0];
			families.add(family);
			List<String> names = new ArrayList<>(CatalogFile.aliases(row[1]));
			names.add(0, family);
			for (String name : names) {
				String earlier = familyByAlias.putIfAbsent(matchKey(name), family);
				if (earlier != null && !earlier.equals(family)) {
					throw new IllegalStateException("calibres.tsv: \"" + name + "\" of " + family
							+ " reads the same as a name of " + earlier);
				}
			}
		}
		return new CalibreFamilies(Map.copyOf(familyByAlias), List.copyOf(families));
	}
}

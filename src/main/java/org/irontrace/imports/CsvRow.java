package org.irontrace.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.SerialNumbers;

/**
 * One data row of an imported file, read by column name. Every accessor validates what it reads
 * and records a precise error (line, column, reason) instead of throwing, so one pass over a row
 * reports all of its problems.
 */
public final class CsvRow {

	private final Map<String, Integer> header;

	private final List<RowError> errors = new ArrayList<>();

	private CsvRecord record;

	private final Submitter submitter;

	/** By field position: the column's name and its longest value, or null for an ignored column. */
	private final String[] known;

	private final int[] longest;

	CsvRow(Map<String, Integer> header, Submitter submitter, CsvImporter importer) {
		this.header = header;
		this.submitter = submitter;
		int width = header.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		this.known = new String[width];
		this.longest = new int[width];
		for (String column : importer.columns()) {
			Integer index = header.get(column);
			if (index != null) {
				known[index] = column;
				longest[index] = importer.longestValue(column);
			}
		}
	}

	/** Who sends the file this row is in. */
	public Submitter submitter() {
		return submitter;
	}

	void reset(CsvRecord record) {
		this.record = record;
		this.errors.clear();
	}

	/**
	 * Refuses the row for each known column whose value is longer than its importer allows, so no
	 * oversized value reaches a batch; answers whether one was.
	 */
	boolean refuseOverlongValues() {
		int fields = Math.min(record.getFieldCount(), known.length);
		for (int i = 0; i < fields; i++) {
			int length = record.getField(i).length();
			if (known[i] != null && length > longest[i]) {
				reject(known[i], Refusal.LONGER_THAN, longest[i], length);
			}
		}
		return rejected();
	}

	public long line() {
		return record.getStartingLineNumber();
	}

	/** The trimmed value, or null when the column is absent or blank (FORMATS.md: empty = unknown). */
	public String text(String column) {
		Integer index = header.get(column);
		if (index == null || index >= record.getFieldCount()) {
			return null;
		}
		String value = record.getField(index).trim();
		return value.isEmpty() ? null : value;
	}

	/** The trimmed value in upper case (codes such as states and crime codes), or null when blank. */
	public String upperText(String column) {
		String value = text(column);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	public String required(String column) {
		String value = text(column);
		if (value == null) {
			reject(column, Refusal.REQUIRED_VALUE_MISSING);
		}
		return value;
	}

	/** An ISO date (YYYY-MM-DD); null when blank, with an error when required. */
	public LocalDate date(String column, boolean required) {
		String value = required ? required(column) : text(column);
		if (value == null) {
			return null;
		}
		LocalDate plain = plainIsoDate(value);
		if (plain != null) {
			return plain;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			reject(column, Refusal.NOT_A_DATE, value);
			return null;
		}
	}

	/**
	 * A date written exactly YYYY-MM-DD read digit by digit, else null (then the ISO parser reads it
	 * or says why not): the parser costs an import more than any other check of a row, and nearly
	 * every date is written so.
	 */
	static LocalDate plainIsoDate(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The number the digits from start to end spell, or -1 when one is not a digit. */
	private static int digits(String value, int start, int end) {
		int number = 0;
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	/** A decimal number within [min, max]; null when blank. */
	public Double number(String column, double min, double max) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			double number = Double.parseDouble(value);
			if (number < min || number > max || Double.isNaN(number)) {
				reject(column, Refusal.OUT_OF_RANGE, value, min, max);
				return null;
			}
			return number;
		}
		catch (NumberFormatException e) {
			reject(column, Refusal.NOT_A_NUMBER, value);
			return null;
		}
	}

	/** One of a fixed set of codes (compared in upper case); the default when blank. */
	public String code(String column, Set<String> allowed, String defaultValue) {
		String value = text(column);
		if (value == null) {
			if (defaultValue == null && !allowed.isEmpty()) {
				return null;
			}
			return defaultValue;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			reject(column, Refusal.NOT_ONE_OF, value, String.join(", ", allowed.stream().sorted().toList()));
			return null;
		}
		return upper;
	}

	/** A required code. */
	public String requiredCode(String column, Set<String> allowed) {
		return required(column) == null ? null : code(column, allowed, null);
	}

	/** {@code Y} or {@code N}; the default when blank. */
	public boolean yesNo(String column, boolean defaultValue) {
		String value = code(column, Set.of("Y", "N"), defaultValue ? "Y" : "N");
		return value == null ? defaultValue : value.equals("Y");
	}

	/** An ISO 3166-1 alpha-2 country code, upper-cased; the default when blank. */
	public String country(String column, String defaultValue) {
		String value = text(column);
		if (value == null) {
			return defaultValue;
		}
		if (value.length() != 2 || !Character.isLetter(value.charAt(0)) || !Character.isLetter(value.charAt(1))) {
			reject(column, Refusal.NOT_A_COUNTRY, value);
			return null;
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/** Refuses the row for a reason on one column (null: the whole row), with the reason's arguments. */
	public void reject(String column, Refusal reason, Object... args) {
		errors.add(reason.at(line(), column, args));
	}

	public boolean rejected() {
		return !errors.isEmpty();
	}

	List<RowError> errors() {
		return errors;
	}

	/**
	 * The firearm description columns shared by the ledger and recoveries (serial_number,
	 * manufacturer, importer, model, caliber, firearm_type, country_of_manufacture), read through
	 * the catalogue.
	 */
	public FirearmDescription firearm(Catalog catalog, String defaultCountry) {
		String serial = text("serial_number");
		if (serial != null && SerialNumbers.normalise(serial) == null) {
			reject("serial_number", Refusal.NOTHING_LEFT_OF_SERIAL, serial);
		}
		return FirearmDescription.of(catalog, serial, text("manufacturer"), text("importer"), text("model"),
				text("caliber"), text("firearm_type"), country("country_of_manufacture", defaultCountry));
	}
}

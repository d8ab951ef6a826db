package org.irontrace.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How IronTrace writes a cell of every CSV file it hands out (multiple-sale reports, trace requests,
 * graph lists, reports and open data). A text cell that a spreadsheet would run as a formula (it starts
 * with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so a value
 * that came in with an agency's or a dealer's file can never run on the reader's machine (OWASP, CSV
 * injection); a plain number, negative ones included, is left as it is. Cells are quoted as RFC 4180 says.
 */
public final class CsvCells {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	private CsvCells() {
	}

	/** The value as a spreadsheet may safely read it, not yet quoted (for writers that quote themselves). */
	public static String neutralised(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.isEmpty() || value instanceof Number || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	/** The value neutralised and quoted when it holds a comma, a quote or a line break. */
	public static String cell(Object value) {
		String text = neutralised(value);
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/** One line of cells, ended by a line feed. */
	public static String line(List<?> values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			line.append(i == 0 ? "" : ",").append(cell(values.get(i)));
		}
		return line.append('\n').toString();
	}
}

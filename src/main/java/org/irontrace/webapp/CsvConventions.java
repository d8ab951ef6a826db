package org.irontrace.webapp;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.irontrace.platform.CsvCells;

/**
 * How a CSV file taken from a page writes its values for a spreadsheet of the page's language:
 * Spanish as in Mexico, French and Haitian Creole as in Haiti, English as in Jamaica (the
 * English-speaking Caribbean writes the day first, as its analysts read dates), Dutch as in Suriname
 * ({@link ReadersCountry}). Dates in the country's short form with a four-digit year
 * ({@code 30/11/2026}, {@code 30-11-2026}), whole numbers with its grouping ({@code 1 234}, {@code 1.234}),
 * and {@code ;} between cells where the decimal separator is a comma, so that a
 * spreadsheet opened in that country splits the columns itself. Files of the API and the exchange
 * formats keep their machine form (ISO dates, plain numbers, commas) and never come through here.
 */
final class CsvConventions {

	private final char separator;

	private final DateTimeFormatter date;

	private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

	private final NumberFormat integers;

	private CsvConventions(Locale country) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(country);
		this.separator = symbols.getDecimalSeparator() == ',' ? ';' : ',';
		String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, country);
		// Two-digit years are ambiguous across a century of sales and recoveries.
		this.date = DateTimeFormatter.ofPattern(shortDate.replaceAll("y+", "yyyy"), country);
		this.integers = NumberFormat.getIntegerInstance(country);
	}

	/** The conventions of the country a page language stands for in IronTrace. */
	static CsvConventions of(Locale pageLanguage) {
		return new CsvConventions(ReadersCountry.of(pageLanguage));
	}

	char separator() {
		return separator;
	}

	/** One line of the file, its cells written by {@link #cell}. */
	String row(List<?> values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			line.append(i == 0 ? "" : String.valueOf(separator)).append(cell(values.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One value as the country writes it, quoted as RFC 4180 says when it holds the separator. */
	String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text;
		if (value instanceof LocalDate day) {
			text = date.format(day);
		}
		else if (value instanceof Instant moment) {
			text = dateTime(moment.atZone(ZoneOffset.UTC));
		}
		else if (value instanceof Integer || value instanceof Long) {
			text = grouped(((Number) value).longValue());
		}
		else {
			// Defused as in every CSV of IronTrace: a spreadsheet never runs a cell.
			text = CsvCells.neutralised(value.toString());
		}
		if (text.indexOf(separator) >= 0 || text.contains(",") || text.contains("\"") || text.contains("\n")
				|| text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private String dateTime(TemporalAccessor moment) {
		return date.format(moment) + " " + time.format(moment) + " UTC";
	}

	/**
	 * French groups with a narrow no-break space; spreadsheets read the plain no-break space as the
	 * same grouping and the narrow one as text, so the plain one is written.
	 */
	private String grouped(long number) {
		return integers.format(number).replace('\u202f', '\u00a0');
	}
}

package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The country whose way of writing figures and dates a page language stands for in IronTrace:
 * Spanish as in Mexico, English as in Jamaica, French and Haitian Creole as in Haiti, Dutch as in
 * Suriname. The JDK holds no figures or month names for Haitian Creole (it would write the root's
 * {@code 1,234.5}, {@code 2019 Mar 4} and English country names), so Creole figures and country
 * names are written as Haiti writes them in French ({@code 1 234,5}, {@code Mexique}) and Creole
 * dates with the Creole month names ({@code 4 mas 2019}).
 */
final class ReadersCountry {

	private static final Locale HAITI = Locale.forLanguageTag("fr-HT");

	/** The months in the official Creole orthography (IPN), lower case as Creole writes them. */
	private static final List<String> CREOLE_MONTHS = List.of("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè",
			"out", "septanm", "oktòb", "novanm", "desanm");

	private ReadersCountry() {
	}

	/** The language and country whose conventions a spreadsheet of this page language expects. */
	static Locale of(Locale pageLanguage) {
		return switch (pageLanguage.getLanguage()) {
			case "fr", "ht" -> HAITI;
			case "en" -> Locale.forLanguageTag("en-JM");
			case "nl" -> Locale.forLanguageTag("nl-SR");
			default -> Locale.forLanguageTag("es-MX");
		};
	}

	/**
	 * The locale whose JDK data (figures, names of countries) a text in this locale is written with:
	 * its own, but Haiti's French for Creole, which the JDK has no data for ({@code Mexique} rather
	 * than the root's English {@code Mexico}).
	 */
	static Locale localeData(Locale locale) {
		return locale != null && locale.getLanguage().equals("ht") ? HAITI : locale;
	}

	/** A day as the sentences of this language write it: {@code 4 mar. 2019}, {@code 4 mas 2019}. */
	static String mediumDate(LocalDate day, Locale locale) {
		if (locale.getLanguage().equals("ht")) {
			return day.getDayOfMonth() + " " + CREOLE_MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear();
		}
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
	}
}

package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.irontrace.platform.Wording;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sentences the engines write (a lead's evidence and summary, why two people are linked, why an
 * import refused a row), worded in the
 * page's language from their code and arguments: the code is looked up under the sentences'
 * prefix ({@code explore.says.}, {@code tracework.refusal.}), else under its area ({@code explore.},
 * so that {@code link.FOUND_WITH} finds the words the person page uses), else as a key of its own
 * (a code list such as {@code firearmType.PISTOL}); a wording nested in the arguments likewise. Numbers
 * are left to the message's format, ISO dates are shown as the language writes dates, lists are
 * joined with "; ". When a sentence has no code (stored before codes were kept) or a word is
 * missing, the engine's English stands, marked as English for screen readers.
 */
@Component("engineWords")
public class EngineWords {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** Stands for a nested wording that has no words in this language. */
	private static final Object MISSING = new Object();

	private final MessageSource messages;

	EngineWords(MessageSource messages) {
		this.messages = messages;
	}

	/** A sentence as shown, with the language it is in. */
	public record Said(String text, String language) {
	}

	/** The sentence in the page's language, or the English when it cannot be worded so. */
	public Said said(String prefix, Wording wording, String english) {
		Locale locale = readersCountry(LocaleContextHolder.getLocale());
		String text = wording == null ? null : word(prefix, wording.code(), wording.args(), locale);
		return text == null ? new Said(english, "en") : new Said(text, locale.getLanguage());
	}

	/** The sentence's text alone, for places that show text only (a table cell, a CSV file). */
	public String say(String prefix, Wording wording, String english) {
		return said(prefix, wording, english).text();
	}

	/**
	 * Pages choose a language alone; figures and dates are written as in Mexico, Haiti and Suriname,
	 * whose analysts read them (1,234.5 in Mexico, not 1.234,5 as in Spain). English sentences keep
	 * the engine's own way of writing dates.
	 */
	static Locale readersCountry(Locale page) {
		if (!page.getCountry().isEmpty() || page.getLanguage().equals("en")) {
			return page;
		}
		return new Locale(page.getLanguage(), ReadersCountry.of(page).getCountry());
	}

	private String word(String prefix, String code, List<?> args, Locale locale) {
		Object[] shown = new Object[args == null ? 0 : args.size()];
		boolean gaps = false;
		for (int i = 0; i < shown.length; i++) {
			gaps |= args.get(i) == null || "".equals(args.get(i));
			shown[i] = shown(prefix, args.get(i), locale);
			if (shown[i] == MISSING) {
				return null;
			}
		}
		String text = null;
		for (String key : List.of(prefix + code, prefix.substring(0, prefix.indexOf('.') + 1) + code, code)) {
			text = text != null ? text : messages.getMessage(key, shown, null, locale);
		}
		// A value the record does not know leaves "()" or doubled spaces behind: tidy them away.
		return text == null || !gaps ? text
				: text.replace(" ()", "").replaceAll("\\s{2,}", " ").replace(" ,", ",").replaceAll("·\\s*·", "·")
					.replaceAll("^[\\s·]+|[\\s·]+$", "").trim();
	}

	private Object shown(String prefix, Object arg, Locale locale) {
		if (arg == null) {
			return "";
		}
		if (arg instanceof Wording nested) {
			return orMissing(word(prefix, nested.code(), nested.args(), locale));
		}
		if (arg instanceof Map<?, ?> stored && stored.get("code") instanceof String code) {
			// A nested wording read back from JSON.
			return orMissing(word(prefix, code, stored.get("args") instanceof List<?> list ? list : List.of(), locale));
		}
		if (arg instanceof List<?> items) {
			List<String> words = new ArrayList<>();
			for (Object item : items) {
				Object one = shown(prefix, item, locale);
				if (one == MISSING) {
					return MISSING;
				}
				words.add(String.valueOf(one));
			}
			return String.join("; ", words);
		}
		if (arg instanceof String text && ISO_DATE.matcher(text).matches()) {
			try {
				return ReadersCountry.mediumDate(LocalDate.parse(text), locale);
			}
			catch (DateTimeParseException notADay) {
				return text; // a refused value such as 2021-03-32 is shown as it was written
			}
		}
		return arg;
	}

	private static Object orMissing(String text) {
		return text == null ? MISSING : text;
	}
}

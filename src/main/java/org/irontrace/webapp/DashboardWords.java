package org.irontrace.webapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.irontrace.catalog.Catalog;
import org.irontrace.report.DashboardFigures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words the dashboard's and the map's scripts draw with (chart titles, axis names, legends),
 * taken from the bundles in the page's language and handed over in a JSON block, and the names of
 * the codes the figures carry (countries in the page's language, crime codes from their bundle).
 */
@Component
class DashboardWords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Catalog catalog;

	DashboardWords(MessageSource messages, Catalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
	}

	String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	/** Every word of the dashboard bundle whose key starts with the prefix, keyed by the rest of it. */
	Map<String, String> forScripts(String prefix) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> words = new LinkedHashMap<>();
		// The English default file lists every key (MessagesTranslatedTest holds the others to it).
		for (String key : new java.util.TreeSet<>(java.util.ResourceBundle.getBundle("i18n/dashboard", Locale.ROOT).keySet())) {
			if (key.startsWith(prefix)) {
				words.put(key.substring(prefix.length()), messages.getMessage(key, null, locale));
			}
		}
		return words;
	}

	/** Country and crime-code names in the page's language, for every code the figures or filters hold. */
	Map<String, String> names(DashboardFigures figures, DashboardFilters filters) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		Stream.concat(figures.countries().stream().map(DashboardFigures.Count::key), Stream.of(filters.country()))
			.filter(code -> code != null && code.length() == 2)
			.forEach(code -> names.put("country." + code, countryName(code, locale)));
		Stream.concat(figures.crimeCodes().stream().map(DashboardFigures.Count::key), Stream.of(filters.crime()))
			.filter(code -> code != null)
			.forEach(code -> names.put("crime." + code, messages.getMessage("crime." + code, null,
					messages.getMessage("dashboard.unknownCode", new Object[] { code }, locale), locale)));
		Stream.concat(figures.criminalGroups().stream().map(DashboardFigures.Count::key), Stream.of(filters.group()))
			.filter(key -> key != null)
			.forEach(key -> names.put("group." + key, catalog.criminalGroupOfKey(key).name(locale)));
		if (filters.place() != null) {
			names.put("place." + filters.place(), StatePicker.nameOf(filters.country(), filters.place(), locale));
		}
		return names;
	}

	/**
	 * The groups the filter offers, in the page's language: every group the catalogue knows, then
	 * those the figures or the filter hold that it does not (names the agencies wrote themselves).
	 */
	List<GroupChoice> groupChoices(DashboardFigures figures, DashboardFilters filters) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, GroupChoice> choices = new LinkedHashMap<>();
		catalog.knownCriminalGroups().forEach(g -> choices.put(g.key(), new GroupChoice(g.key(), g.name(locale))));
		Stream.concat(figures.criminalGroups().stream().map(DashboardFigures.Count::key), Stream.of(filters.group()))
			.filter(key -> key != null && !choices.containsKey(key))
			.forEach(key -> choices.put(key, new GroupChoice(key, catalog.criminalGroupOfKey(key).name(locale))));
		return List.copyOf(choices.values());
	}

	/** The criminal groups of the figures with their names in the page's language, for the chart and its table. */
	List<NamedCount> criminalGroups(DashboardFigures figures) {
		Locale locale = LocaleContextHolder.getLocale();
		return figures.criminalGroups().stream()
			.map(g -> new NamedCount(g.key(), catalog.criminalGroupOfKey(g.key()).name(locale), g.count()))
			.toList();
	}

	/**
	 * The firearm types of the figures named in the page's language: a type the catalogue reads in
	 * the written words ({@code pistola}, {@code AR-15 rifle}) under its name, any other as written.
	 */
	List<NamedCount> firearmTypes(DashboardFigures figures) {
		Locale locale = LocaleContextHolder.getLocale();
		return figures.firearmTypes().stream()
			.map(t -> new NamedCount(t.key(), catalog.firearmType(t.key())
				.map(type -> messages.getMessage("firearmType." + type.name(), null, t.key(), locale))
				.orElse(t.key()), t.count()))
			.toList();
	}

	/** A choice of the group filter: the catalogue key sent, the name shown. */
	record GroupChoice(String key, String name) {
	}

	/** A counted group with its name in the page's language. */
	record NamedCount(String key, String name, Long count) {
	}

	static String countryName(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(ReadersCountry.localeData(locale));
		return name.isBlank() || name.equals(code) ? code : name;
	}

	/** The data as JSON that cannot end the script block it sits in. */
	String json(Object data) {
		return JSON.writeValueAsString(data).replace("</", "<\\/");
	}
}

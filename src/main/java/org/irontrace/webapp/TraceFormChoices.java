package org.irontrace.webapp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.irontrace.access.AccessDirectory;
import org.irontrace.catalog.FirearmType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lists the trace form offers: makers, calibres, types, crimes, countries and states in the page's language. */
@Component
class TraceFormChoices {

	record Country(String code, String name) {
	}

	/**
	 * The divisions the place of recovery suggests when the recovery is in this country: a Caribbean
	 * country's own only, Mexico's and the United States' together (as {@link StatePicker} offers them).
	 */
	record StateOffer(String country, List<StatePicker.Group> groups) {

		public String listId() {
			return listId(country);
		}

		static String listId(String country) {
			return "state-choices-" + country;
		}
	}

	/** Where no country says otherwise, the border states, as the form always offered them. */
	private static final String BORDER = "MX";

	private final GunPickerLists pickers;

	private final AccessDirectory agencies;

	TraceFormChoices(GunPickerLists pickers, AccessDirectory agencies) {
		this.pickers = pickers;
		this.agencies = agencies;
	}

	/** The lists, the place of recovery suggesting the divisions of the form's country, else those of the caller's agency. */
	void addTo(Model model, TraceRequestForm form, String callersAgency) {
		Locale language = LocaleContextHolder.getLocale();
		model.addAttribute("makerChoices", pickers.makers());
		model.addAttribute("calibreChoices", pickers.calibres());
		model.addAttribute("firearmTypes", Arrays.stream(FirearmType.values()).map(Enum::name).toList());
		model.addAttribute("crimeCodes", RecoveryFieldCheck.CRIME_CODES);
		model.addAttribute("countryChoices", countries(language));
		List<String> listed = StatePicker.listedCountries();
		model.addAttribute("stateChoices",
				listed.stream().map(country -> new StateOffer(country, StatePicker.in(language, country, null).groups())).toList());
		String home = agencies.findCountryOf(callersAgency).filter(listed::contains).orElse(BORDER);
		model.addAttribute("homeStateChoices", StateOffer.listId(home));
		model.addAttribute("stateChoicesOfForm", stateListFor(form.value("country"), home, listed));
	}

	/**
	 * The suggestions the place of recovery starts with: those of the country typed on the form, none
	 * for a country whose divisions IronTrace does not list (a Mexican state under Guyana would be a
	 * wrong code), and the agency's own country's while no country is typed.
	 */
	static String stateListFor(String formCountry, String home, List<String> listed) {
		String country = formCountry == null ? "" : formCountry.trim().toUpperCase(Locale.ROOT);
		if (country.isEmpty()) {
			return StateOffer.listId(home);
		}
		return listed.contains(country) ? StateOffer.listId(country) : null;
	}

	static List<Country> countries(Locale language) {
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, new Locale("", code).getDisplayCountry(ReadersCountry.localeData(language))))
			.sorted(Comparator.comparing(Country::name))
			.toList();
	}
}

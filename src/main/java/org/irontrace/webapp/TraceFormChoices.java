package org.irontrace.webapp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.irontrace.catalog.FirearmType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lists the trace form offers: makers, calibres, types, crimes, countries and states in the page's language. */
@Component
class TraceFormChoices {

	record Country(String code, String name) {
	}

	private final GunPickerLists pickers;

	TraceFormChoices(GunPickerLists pickers) {
		this.pickers = pickers;
	}

	void addTo(Model model) {
		model.addAttribute("makerChoices", pickers.makers());
		model.addAttribute("calibreChoices", pickers.calibres());
		model.addAttribute("firearmTypes", Arrays.stream(FirearmType.values()).map(Enum::name).toList());
		model.addAttribute("crimeCodes", RecoveryFieldCheck.CRIME_CODES);
		model.addAttribute("countryChoices", countries(LocaleContextHolder.getLocale()));
		model.addAttribute("stateChoices", StatePicker.in(LocaleContextHolder.getLocale(), "MX", null).groups());
	}

	static List<Country> countries(Locale language) {
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, new Locale("", code).getDisplayCountry(ReadersCountry.localeData(language))))
			.sorted(Comparator.comparing(Country::name))
			.toList();
	}
}

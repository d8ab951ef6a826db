package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.irontrace.catalog.Calibre;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.Manufacturer;

/**
 * How the catalogue read the gun's description, said back to the analyst after submitting: "we
 * read 'S&W' as Smith & Wesson". A name the catalogue does not know is said too, because it is
 * kept as written and may keep the trace from finding the gun. A place of recovery typed by its
 * name is said with the code it was recorded as ("Saint Ann" as Saint Ann, Jamaica (06)).
 */
final class DescriptionReadings {

	/**
	 * One reading: the field's label key, the words as written, the catalogue's name, and whether
	 * the catalogue knew them ({@code tracework.reading.known} or {@code .unknown}).
	 */
	record Reading(String labelKey, String written, String readAs, boolean known) implements java.io.Serializable {
	}

	private DescriptionReadings() {
	}

	static List<Reading> of(Catalog catalog, TraceRequestForm form, Locale language) {
		List<Reading> readings = new ArrayList<>();
		place(form, language, readings);
		maker(catalog, form.value("manufacturer"), "trace.firearm.manufacturer", readings);
		maker(catalog, form.value("importer"), "trace.firearm.importer", readings);
		String caliber = form.value("caliber");
		Calibre calibre = catalog.calibre(caliber);
		if (calibre != null && (!calibre.known() || !calibre.family().equalsIgnoreCase(caliber))) {
			readings.add(new Reading("trace.firearm.caliber", caliber, calibre.family(), calibre.known()));
		}
		return readings;
	}

	/** A division typed by its name is recorded by its code: said, so the analyst sees which country's it was. */
	private static void place(TraceRequestForm form, Locale language, List<Reading> readings) {
		String written = form.value("adminArea");
		String code = form.adminArea();
		if (!code.equalsIgnoreCase(written)) {
			String country = form.value("country").toUpperCase(Locale.ROOT);
			String name = StatePicker.nameOf(country, code, language) + ", "
					+ new Locale("", country).getDisplayCountry(ReadersCountry.localeData(language));
			readings.add(new Reading("tracework.form.adminArea", written, name + " (" + code + ")", true));
		}
	}

	private static void maker(Catalog catalog, String written, String labelKey, List<Reading> readings) {
		Manufacturer maker = catalog.manufacturer(written);
		if (maker != null && (!maker.known() || !maker.name().equals(written))) {
			readings.add(new Reading(labelKey, written, maker.name(), maker.known()));
		}
	}
}

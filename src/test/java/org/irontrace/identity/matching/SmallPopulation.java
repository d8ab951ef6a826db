package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.identity.PersonRecord;

/**
 * A small hand-made population: 48 people, each written three times (once exactly, once with a
 * nickname or a dropped accent and an abbreviated address, once with a typo or a swapped birth
 * date), so the truth is known: records {@code p<N>-<k>} belong to person N.
 */
public final class SmallPopulation {

	private static final String[] GIVEN = { "José", "Guadalupe", "Francisco", "William", "Robert", "María", "Jesús",
			"Enrique", "Antonio", "Elizabeth", "Margaret", "Richard" };

	private static final String[] SHORT = { "Pepe", "Lupe", "Paco", "Bill", "Bob", "Mari", "Chuy", "Kike", "Toño",
			"Liz", "Peggy", "Rick" };

	private static final String[] SURNAMES = { "García López", "Hernández", "Vázquez Ruiz", "Smith", "Quintero",
			"Llanes", "Thompson", "Jiménez Cruz" };

	private SmallPopulation() {
	}

	public static List<PersonRecord> records() {
		List<PersonRecord> records = new ArrayList<>();
		for (int p = 0; p < 48; p++) {
			int g = p % GIVEN.length;
			String surname = SURNAMES[(p * 5 + p / GIVEN.length) % SURNAMES.length];
			int month = 1 + p % 12;
			int day = 1 + (p * 7) % 27;
			String dob = String.format("19%02d-%02d-%02d", 50 + p, month, day);
			String swapped = String.format("19%02d-%02d-%02d", 50 + p, day, month);
			String street = "Calle Hidalgo " + (100 + p);
			String postcode = String.valueOf(31000 + p * 10);
			records.add(record(p, 0, GIVEN[g], surname, dob, street, postcode));
			records.add(record(p, 1, SHORT[g], surname.split(" ")[0], dob, "C. Hidalgo " + (100 + p), postcode));
			records.add(record(p, 2, GIVEN[g].toUpperCase(), typo(surname), swapped, street, postcode));
		}
		return records;
	}

	static int personOf(PersonRecord record) {
		return Integer.parseInt(record.recordId().substring(1, record.recordId().indexOf('-')));
	}

	private static PersonRecord record(int person, int copy, String first, String last, String dob, String street,
			String postcode) {
		return new PersonRecord("p" + person + "-" + copy, "", first, last, dob, street, "Ciudad Juárez", "CHH", postcode,
				null);
	}

	private static String typo(String surname) {
		return surname.substring(0, 2) + surname.charAt(3) + surname.charAt(2) + surname.substring(4);
	}
}

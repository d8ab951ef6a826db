package org.irontrace.simulation;

import java.util.Map;

/**
 * Writes a person the way real records do, so that entity resolution has real work: double
 * Spanish surnames written whole, halved or hyphenated; accents dropped; short given names; day
 * and month of birth swapped; addresses abbreviated differently; now and then a typing slip.
 */
final class PersonRecorder {

	private static final Map<String, String> SUFFIXES = Map.of("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr",
			"Drive", "Ln", "Lane", "Blvd", "Boulevard", "Ct", "Court");

	private static final Map<String, String> DIRECTIONS = Map.of("N", "North", "S", "South", "E", "East", "W", "West");

	private final NameBook names;

	private final WorldCalendar calendar;

	PersonRecorder(NameBook names, WorldCalendar calendar) {
		this.names = names;
		this.calendar = calendar;
	}

	/** The buyer as the dealer wrote them on the sale form (ATF Form 4473 fields). */
	RecordedPerson onSaleForm(Person person, Dice dice) {
		Address home = person.home();
		boolean upper = dice.chance(0.5);
		return new RecordedPerson(given(person, dice, upper, 0.6), surname(person, dice, upper, 0.6),
				birthDate(person, dice, 0.03), street(home, dice), home.city().city(), home.city().state(),
				dice.chance(0.92) ? home.city().postalCode() : null, person.idNumber() == null ? null : "DL",
				dice.chance(0.95) ? person.idNumber() : null, null);
	}

	/** The person a gun was taken from, as the recovering agency wrote them. */
	RecordedPerson onRecovery(Person person, Dice dice) {
		boolean upper = dice.chance(0.7);
		double dropAccents = person.culture() == Culture.HISPANIC ? 0.3 : 0.4;
		return new RecordedPerson(given(person, dice, upper, dropAccents), surname(person, dice, upper, dropAccents),
				dice.chance(0.7) ? birthDate(person, dice, 0.05) : null, null, null, null, null, null, null,
				dice.chance(0.9) ? person.nationality() : null);
	}

	private String given(Person person, Dice dice, boolean upper, double dropAccents) {
		String given = person.givenName();
		String shortForm = names.shortForm(given);
		if (shortForm != null && dice.chance(0.15)) {
			given = shortForm;
		}
		else if (person.middleName() != null && dice.chance(0.35)) {
			given = given + " " + person.middleName();
		}
		return finish(given, dice, upper, dropAccents);
	}

	private String surname(Person person, Dice dice, boolean upper, double dropAccents) {
		String surname = person.surname();
		if (person.secondSurname() != null) {
			double roll = dice.uniform();
			surname = roll < 0.45 ? surname + " " + person.secondSurname()
					: roll < 0.85 ? surname : roll < 0.95 ? surname + "-" + person.secondSurname() : person.secondSurname();
		}
		if (dice.chance(0.02) && surname.length() > 3) {
			int at = dice.between(1, surname.length() - 2);
			surname = surname.substring(0, at) + surname.charAt(at + 1) + surname.charAt(at) + surname.substring(at + 2);
		}
		return finish(surname, dice, upper, dropAccents);
	}

	private static String finish(String name, Dice dice, boolean upper, double dropAccents) {
		String written = dice.chance(dropAccents) ? Text.withoutAccents(name) : name;
		return upper ? Text.upper(written) : written;
	}

	private String birthDate(Person person, Dice dice, double swapChance) {
		if (dice.chance(swapChance)) {
			String swapped = calendar.swappedDayMonth(person.birthDay());
			if (swapped != null) {
				return swapped;
			}
		}
		return calendar.iso(person.birthDay());
	}

	private static String street(Address home, Dice dice) {
		boolean longForm = dice.chance(0.3);
		StringBuilder street = new StringBuilder().append(home.number()).append(' ');
		if (home.direction() != null) {
			street.append(longForm ? DIRECTIONS.get(home.direction()) : home.direction() + (dice.chance(0.3) ? "." : ""))
				.append(' ');
		}
		street.append(home.street()).append(' ').append(longForm ? SUFFIXES.get(home.suffix()) : home.suffix());
		if (home.unit() != null && dice.chance(0.85)) {
			street.append(dice.chance(0.5) ? ", " + home.unit() : " #" + home.unit().substring(4));
		}
		String written = street.toString();
		return dice.chance(0.4) ? Text.upper(written) : written;
	}
}

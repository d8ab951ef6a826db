package org.irontrace.simulation;

/** Creates the people of the world, each with a fresh true id, in the order the world needs them. */
final class People {

	private final NameBook names;

	private final WorldCalendar calendar;

	private long created;

	People(NameBook names, WorldCalendar calendar) {
		this.names = names;
		this.calendar = calendar;
	}

	long created() {
		return created;
	}

	/** Someone living in the US at {@code city} (adult at the world's start: buying a gun needs 18 or 21). */
	Person resident(Culture culture, UsCity city, int minAge, int maxAge, Dice dice) {
		Address home = new Address(dice.between(100, 9899), dice.chance(0.3) ? dice.pick("NSEW") + "" : null,
				names.street(dice), dice.pick(new String[] { "St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct" }),
				dice.chance(0.15) ? "Apt " + dice.between(1, 40) : null, city);
		String idNumber = city.state() + Text.zeroPadded(dice.between(1, 99_999_999), 8);
		return person(culture, home, idNumber, "US", minAge, maxAge, dice);
	}

	/** Someone living abroad (a cartel courier, a gang member): no US address or document. */
	Person abroad(Culture culture, String nationality, Dice dice) {
		return person(culture, null, null, nationality, 17, 50, dice);
	}

	private Person person(Culture culture, Address home, String idNumber, String nationality, int minAge, int maxAge,
			Dice dice) {
		boolean male = dice.chance(culture == Culture.ANGLO ? 0.85 : 0.9);
		String given = names.givenName(culture, male, dice);
		String middle = dice.chance(culture == Culture.HISPANIC ? 0.35 : 0.25) ? names.givenName(culture, male, dice) : null;
		if (given.equals(middle)) {
			middle = null;
		}
		String surname = names.surname(culture, dice);
		String second = culture == Culture.HISPANIC ? names.surname(culture, dice) : null;
		int age = dice.between(minAge, maxAge);
		int birthDay = calendar.firstDay() - age * 365 - dice.between(0, 364);
		created++;
		return new Person("P" + Text.zeroPadded(created, 7), culture, given, middle, surname, second, birthDay, home,
				idNumber, nationality);
	}
}

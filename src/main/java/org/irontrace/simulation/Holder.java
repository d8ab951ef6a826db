package org.irontrace.simulation;

/**
 * Who a registered gun is registered to: a person (with the national identity number the registry
 * keeps) or an organisation named as the country writes it.
 *
 * @param person the holder when a person, null for organisations
 * @param adultFrom the first day the holder could have registered a gun
 */
record Holder(String name, Person person, int adultFrom) {

	static Holder of(String holderType, RecoveringCountry country, NationalRegistry registry, World world, Dice dice) {
		return switch (holderType) {
			case "PERSON" -> person(country, world, dice);
			case "SECURITY_COMPANY" -> new Holder(securityCompany(country, world, dice), null, Integer.MIN_VALUE);
			case "POLICE" -> new Holder(registry.police(), null, Integer.MIN_VALUE);
			default -> new Holder(registry.military(), null, Integer.MIN_VALUE);
		};
	}

	private static Holder person(RecoveringCountry country, World world, Dice dice) {
		Person abroad = world.people.abroad(country.culture(), country.country(), dice);
		String idNumber = "MX".equals(country.country()) ? Text.zeroPadded(dice.between(1, 999_999_999), 13)
				: Text.zeroPadded(dice.between(1, 999_999_999), 9);
		Person holder = new Person(abroad.id(), abroad.culture(), abroad.givenName(), abroad.middleName(), abroad.surname(),
				abroad.secondSurname(), abroad.birthDay(), null, idNumber, abroad.nationality());
		String name = holder.givenName() + " " + holder.surname()
				+ (holder.secondSurname() == null ? "" : " " + holder.secondSurname());
		return new Holder(name, holder, holder.birthDay() + 21 * 365);
	}

	private static String securityCompany(RecoveringCountry country, World world, Dice dice) {
		String surname = world.names.surname(country.culture(), dice);
		return switch (country.country()) {
			case "MX" -> "Seguridad Privada " + surname + " S.A. de C.V.";
			case "DO" -> "Seguridad " + surname + " SRL";
			case "HT" -> surname + " Sécurité S.A.";
			default -> surname + " Security Services Ltd";
		};
	}
}

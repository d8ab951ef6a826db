package org.irontrace.simulation;

/** Licence numbers, business names and premises of new licensees. */
final class LicenseeFactory {

	private final UsPlaces places;

	private final NameBook names;

	private final Dice dice;

	private int issued;

	LicenseeFactory(UsPlaces places, NameBook names, Dice dice) {
		this.places = places;
		this.names = names;
		this.dice = dice;
	}

	Licensee business(String name, String type, String state) {
		return licensee(type, name, state, "ACTIVE");
	}

	Licensee distributor(String state) {
		String surname = names.surname(Culture.ANGLO, dice);
		String name = dice.chance(0.5) ? surname + " Sporting Wholesale" : surname + " & " + names.surname(Culture.ANGLO, dice)
				+ " Distributors";
		return licensee("09", name + " INC", state, "ACTIVE");
	}

	Licensee dealer(String state) {
		boolean pawn = dice.chance(0.15);
		String surname = names.surname(dice.chance(0.25) ? Culture.HISPANIC : Culture.ANGLO, dice);
		String city = places.city(state, dice).city();
		String name;
		if (pawn) {
			name = dice.chance(0.5) ? city + " Pawn" : surname + " Pawn & Jewelry";
		}
		else {
			name = switch (dice.between(0, 5)) {
				case 0 -> surname + " Guns";
				case 1 -> surname + "'s Sporting Goods";
				case 2 -> city + " Gun Shop";
				case 3 -> surname + " Firearms";
				case 4 -> city + " Outdoors";
				default -> surname + " & Sons Hardware";
			};
		}
		name = name + (dice.chance(0.3) ? " LLC" : dice.chance(0.2) ? " INC" : "");
		return licensee(pawn ? "02" : "01", name, state, dice.chance(0.06) ? "OUT_OF_BUSINESS" : "ACTIVE");
	}

	private Licensee licensee(String type, String name, String state, String status) {
		UsCity city = places.city(state, dice);
		int stateIndex = places.states().indexOf(state);
		// Layout of a real licence number: region-district-county-type-expiry-sequence.
		String number = (stateIndex % 9 + 1) + "-" + Text.zeroPadded(10 + stateIndex * 7 % 89, 2) + "-"
				+ Text.zeroPadded(dice.between(1, 250), 3) + "-" + type + "-" + dice.between(0, 9)
				+ dice.pick("ABCDEFGHJKLM") + "-" + Text.zeroPadded(10_000 + issued, 5);
		String street = dice.between(100, 9899) + " " + names.street(dice) + " "
				+ dice.pick(new String[] { "St", "Ave", "Rd", "Hwy", "Blvd", "Pkwy" });
		Licensee licensee = new Licensee(issued, number, type, name, street, city, city.postalCode(), status,
				city.latitude() + (dice.uniform() - 0.5) * 0.12, city.longitude() + (dice.uniform() - 0.5) * 0.12);
		issued++;
		return licensee;
	}
}

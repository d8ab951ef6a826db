package org.irontrace.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The licensees, models and people of the showcase world. */
final class ShowcaseCatalogue {

	/** A model as the showcase world sells it, with the alias some agencies write for its maker. */
	record Model(String maker, String alias, String model, String caliber, String type, String country,
			String importer, String plant, String serialPrefix) {
	}

	record Person(String firstName, String lastName, LocalDate dob, String state) {
	}

	static final String IMPORTER = "6-59-021-08-3F-10007";

	static final List<String> DISTRIBUTORS = List.of("5-74-029-09-2B-10008", "1-59-099-09-4C-10009");

	static final List<String> DEALERS = List.of("5-74-479-01-2A-20001", "5-74-201-01-2A-20002",
			"5-74-141-01-2A-20003", "9-86-013-01-3D-20004", "9-86-019-01-3D-20005", "9-33-073-01-5E-20006",
			"5-85-001-01-6F-20007", "1-59-086-01-7G-20008", "1-58-121-01-8H-20009", "1-59-095-01-9J-20010");

	/** licence_number, licence_type, business_name, street, city, state, postal_code. */
	static final List<List<String>> LICENSEES = List.of(
			List.of("6-04-013-07-1A-10001", "07", "Smith & Wesson Springfield Plant", "2100 Roosevelt Ave", "Springfield", "MA", "01104"),
			List.of("6-02-011-07-1A-10002", "07", "Sturm Ruger Newport Plant", "411 Sunapee St", "Newport", "NH", "03773"),
			List.of("1-58-067-07-1B-10003", "07", "Glock Inc", "6000 Highlands Pkwy", "Smyrna", "GA", "30082"),
			List.of("6-06-003-07-1C-10004", "07", "Colt's Manufacturing", "545 New Park Ave", "West Hartford", "CT", "06110"),
			List.of("4-62-149-07-1D-10005", "07", "Barrett Firearms", "5926 Miller Ln", "Christiana", "TN", "37037"),
			List.of("1-58-015-07-1E-10006", "07", "Taurus USA", "800 Taurus Dr", "Bainbridge", "GA", "39817"),
			List.of(IMPORTER, "08", "Century Arms", "236 Bryan Rd", "West Palm Beach", "FL", "33413"),
			List.of(DISTRIBUTORS.get(0), "09", "Lone Star Wholesale", "1200 Commerce St", "Dallas", "TX", "75202"),
			List.of(DISTRIBUTORS.get(1), "09", "Sunshine Sporting Supply", "45 Industrial Way", "Orlando", "FL", "32805"),
			List.of(DEALERS.get(0), "01", "Rio Grande Guns", "1810 San Bernardo Ave", "Laredo", "TX", "78040"),
			List.of(DEALERS.get(1), "01", "Bayou City Shooting", "9420 Gulf Fwy", "Houston", "TX", "77017"),
			List.of(DEALERS.get(2), "01", "Sun City Armory", "6015 Montana Ave", "El Paso", "TX", "79925"),
			List.of(DEALERS.get(3), "01", "Desert Arms", "2855 W Glendale Ave", "Phoenix", "AZ", "85051"),
			List.of(DEALERS.get(4), "01", "Old Pueblo Pawn", "310 S 4th Ave", "Tucson", "AZ", "85701"),
			List.of(DEALERS.get(5), "01", "Harbor Outfitters", "3620 Rosecrans St", "San Diego", "CA", "92110"),
			List.of(DEALERS.get(6), "01", "Sandia Firearms", "5901 Central Ave NE", "Albuquerque", "NM", "87108"),
			List.of(DEALERS.get(7), "01", "Biscayne Gun Shop", "7300 NW 7th Ave", "Miami", "FL", "33150"),
			List.of(DEALERS.get(8), "01", "Peachtree Pawn", "2290 Cheshire Bridge Rd", "Atlanta", "GA", "30324"),
			List.of(DEALERS.get(9), "01", "Orange Blossom Guns", "4102 S Orange Blossom Trl", "Orlando", "FL", "32839"));

	static final List<Model> MODELS = List.of(
			new Model("Glock", "GLOCK GMBH", "19", "9mm", "PISTOL", "US", null, "1-58-067-07-1B-10003", "BK"),
			new Model("Smith & Wesson", "S&W", "M&P9", "9mm Luger", "PISTOL", "US", null, "6-04-013-07-1A-10001", "NH"),
			new Model("Ruger", "STURM RUGER", "LCP", ".380 ACP", "PISTOL", "US", null, "6-02-011-07-1A-10002", "37"),
			new Model("Ruger", "STURM, RUGER & CO.", "AR-556", "5.56 NATO", "RIFLE", "US", null, "6-02-011-07-1A-10002", "85"),
			new Model("Colt", "COLT'S MFG", "AR-15A4", ".223 Rem", "RIFLE", "US", null, "6-06-003-07-1C-10004", "LGC"),
			new Model("Barrett", "BARRETT FIREARMS MFG", "M82A1", ".50 BMG", "RIFLE", "US", null, "4-62-149-07-1D-10005", "AA"),
			new Model("Smith & Wesson", "SMITH AND WESSON", "686", ".357 Magnum", "REVOLVER", "US", null, "6-04-013-07-1A-10001", "CWR"),
			new Model("Taurus", "TAURUS INTERNATIONAL", "G2C", "9mm", "PISTOL", "US", null, "1-58-015-07-1E-10006", "TLY"),
			new Model("Romarm", "CUGIR", "WASR-10", "7.62x39", "RIFLE", "RO", "Century Arms", null, "RO"),
			new Model("Smith & Wesson", "S&W", "M&P15", "5.56x45", "RIFLE", "US", null, "6-04-013-07-1A-10001", "TM"));

	static final List<Model> FOREIGN = List.of(
			new Model("Norinco", "CHINA NORTH INDUSTRIES", "Type 56", "7.62x39", "RIFLE", "CN", null, null, "CN"),
			new Model("Zastava", "ZASTAVA ARMS", "M70", "7.62x39", "RIFLE", "RS", null, null, "RS"));

	private static final String[] FIRST = { "José", "Juan", "María", "Luis", "Carlos", "Ana", "Michael", "James",
			"Jennifer", "David", "Guadalupe", "Francisco", "Robert", "Linda" };

	private static final String[] LAST = { "García", "Hernández", "Martínez", "López", "González", "Rodríguez",
			"Smith", "Johnson", "Williams", "Pérez", "Sánchez", "Ramírez", "Brown", "Flores" };

	private static final String[] STATES = { "TX", "TX", "TX", "AZ", "CA", "NM", "FL", "GA" };

	private ShowcaseCatalogue() {
	}

	static Person purchaser(Random random) {
		return new Person(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
				LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365)), STATES[random.nextInt(STATES.length)]);
	}

	static Person possessor(Random random) {
		return random.nextInt(3) == 0 ? null : purchaser(random);
	}

	/** How a tired eye reads a serial: a zero for an O, a one for an I, and back. */
	static String misread(String serial) {
		for (int i = serial.length() - 1; i >= 0; i--) {
			char c = serial.charAt(i);
			char swapped = switch (c) {
				case '0' -> 'O';
				case '1' -> 'I';
				case '5' -> 'S';
				case '8' -> 'B';
				default -> c;
			};
			if (swapped != c) {
				return serial.substring(0, i) + swapped + serial.substring(i + 1);
			}
		}
		return serial;
	}
}

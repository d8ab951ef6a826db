package org.irontrace.interdiction.traffic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Outbound traffic written apart from the simulator, sharing none of its code, tables or figures:
 * other ports and goods, uniform rather than bell-shaped spreads, its own idea of how smugglers hide
 * guns (heavier household effects and car parts, sporting goods with no word of arms, declared at a
 * flat low value), households that send again and again, and how officers inspect (at random only).
 * Targeting is measured on it so that its figures do not merely echo the simulator it was built beside.
 */
final class IndependentTraffic {

	record Row(String id, String line, boolean smuggling) {
	}

	static final String HEADER = "agency,shipment_id,mode,departure_date,origin_port,origin_country,destination_port,"
			+ "destination_country,shipper_name,shipper_phone,consignee_name,consignee_country,consignee_phone,forwarder,"
			+ "hs_code,description,declared_value_usd,weight_kg,packages,vehicle_plate";

	private static final String[][] LANES = { { "FLL", "VESSEL", "KGN", "JM" }, { "FLL", "VESSEL", "CAP", "HT" },
			{ "TPA", "VESSEL", "PTP", "TT" }, { "MIA", "AIR", "KGN", "JM" }, { "MIA", "EXPRESS", "GUA", "GT" },
			{ "HOU", "VESSEL", "SAL", "SV" }, { "ELP", "TRUCK", "MEX", "MX" }, { "OTM", "PASSENGER_VEHICLE", "MEX", "MX" },
			{ "HOU", "AIR", "FRA", "DE" }, { "MIA", "AIR", "SCL", "CL" }, { "TPA", "VESSEL", "TOR", "CA" } };

	/** description, tariff, kilograms per package from-to, dollars per kilogram from-to. */
	private static final Object[][] GOODS = { { "Household effects", "940390", 30, 90, 3.0, 14.0 },
			{ "Used clothes", "630900", 25, 80, 2.0, 9.0 }, { "Appliances", "845011", 20, 70, 8.0, 30.0 },
			{ "Toys and games", "950490", 3, 14, 8.0, 40.0 }, { "Car parts", "870829", 5, 45, 6.0, 25.0 },
			{ "Furniture", "940360", 20, 110, 4.0, 15.0 }, { "Groceries", "190590", 10, 40, 2.5, 8.0 },
			{ "Computer equipment", "847130", 4, 20, 40.0, 200.0 }, { "Books", "490199", 10, 30, 5.0, 20.0 },
			{ "Cosmetics", "330499", 5, 20, 20.0, 80.0 } };

	private static final String[] NAMES = { "Ashley", "Brian", "Chantal", "Dwayne", "Esther", "Fabian", "Gloria",
			"Horace", "Ines", "Jerome", "Kimberly", "Lorenzo", "Monique", "Nigel", "Odessa", "Pablo", "Quincy", "Rhona" };

	private static final String[] FAMILY = { "Abernathy", "Bastien", "Cespedes", "Dacosta", "Ellington", "Fonseca",
			"Gayle", "Hinds", "Ibarra", "Jarrett", "Kelly", "Lindo", "McKenzie", "Nunez", "Ocampo", "Palmer", "Quarrie",
			"Rhoden", "Salmon", "Tulloch", "Uribe", "Vassell", "Whyte", "Xavier", "Yee", "Zamora" };

	private final Random random;

	private final String agency;

	private final List<String> rogueForwarders = List.of("Forwarder 07", "Forwarder 19");

	private final List<String[]> crews = new ArrayList<>();

	private final List<String> families = new ArrayList<>();

	/** Households that send again: a name and a phone each, about one sending in two weeks on average. */
	private final List<String[]> households = new ArrayList<>();

	IndependentTraffic(long seed, String agency) {
		this.random = new Random(seed ^ 0x1D1DL);
		this.agency = agency;
		for (int i = 0; i < 300; i++) {
			families.add(person());
		}
	}

	/** Half the lawful sendings come from households that send again, some of them three times or more. */
	private String[] lawfulSender(int shipments) {
		while (households.size() < shipments / 2) {
			households.add(new String[] { person(), phone() });
		}
		return random.nextDouble() < 0.5 ? households.get(random.nextInt(households.size()))
				: new String[] { person(), phone() };
	}

	List<Row> write(int shipments, LocalDate firstDay, int days, double smugglingShare) {
		for (int i = 0; i < Math.max(1, shipments * smugglingShare / 4); i++) {
			crews.add(new String[] { person(), phone(), "XP" + random.nextInt(99_999) });
		}
		List<Row> rows = new ArrayList<>(shipments);
		for (int i = 0; i < shipments; i++) {
			LocalDate day = firstDay.plusDays((long) i * days / shipments);
			boolean smuggling = random.nextDouble() < smugglingShare;
			String id = "IT" + i;
			rows.add(new Row(id, smuggling ? smuggled(id, day) : lawful(id, day, lawfulSender(shipments)), smuggling));
		}
		return rows;
	}

	private String lawful(String id, LocalDate day, String[] sender) {
		String[] lane = LANES[random.nextInt(LANES.length)];
		Object[] goods = GOODS[random.nextInt(GOODS.length)];
		int packages = 1 + random.nextInt(6);
		double perPackage = between((Integer) goods[2], (Integer) goods[3]);
		double weight = perPackage * packages;
		double value = weight * between((Double) goods[4], (Double) goods[5]);
		String consignee = random.nextDouble() < 0.6 ? families.get(random.nextInt(families.size())) : person();
		return line(id, lane, day, sender[0], sender[1], consignee, "Forwarder " + two(random.nextInt(25)), (String) goods[1],
				(String) goods[0], value, weight, packages, "LP" + random.nextInt(999_999));
	}

	private String smuggled(String id, LocalDate day) {
		String[] crew = crews.get(random.nextInt(crews.size()));
		String[] lane = LANES[random.nextInt(8)];
		double roll = random.nextDouble();
		Object[] goods = roll < 0.5 ? GOODS[0] : roll < 0.8 ? GOODS[4] : new Object[] { "Sporting goods", "950699", 5, 25, 10.0, 30.0 };
		int packages = 1 + random.nextInt(3);
		double perPackage = between((Integer) goods[2], (Integer) goods[3]) + between(15, 35);
		double weight = perPackage * packages;
		double value = packages * between(30, 150);
		String forwarder = random.nextDouble() < 0.3 ? rogueForwarders.get(random.nextInt(2)) : "Forwarder " + two(random.nextInt(25));
		String hs = random.nextDouble() < 0.3 ? "392690" : (String) goods[1];
		return line(id, lane, day, crew[0], random.nextDouble() < 0.5 ? crew[1] : phone(), person(), forwarder, hs,
				(String) goods[0], value, weight, packages, crew[2]);
	}

	private String line(String id, String[] lane, LocalDate day, String shipper, String phone, String consignee,
			String forwarder, String hs, String description, double value, double weight, int packages, String plate) {
		boolean road = lane[1].equals("TRUCK") || lane[1].equals("PASSENGER_VEHICLE");
		return String.join(",", agency, id, lane[1], day.toString(), lane[0], "US", lane[2], lane[3], shipper, phone,
				consignee, lane[3], phone(), road ? "" : forwarder, hs, description,
				String.format(Locale.ROOT, "%.0f", value), String.format(Locale.ROOT, "%.1f", weight),
				String.valueOf(packages), road ? plate : "");
	}

	private double between(double from, double to) {
		return from + random.nextDouble() * (to - from);
	}

	private String person() {
		return NAMES[random.nextInt(NAMES.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " "
				+ FAMILY[random.nextInt(FAMILY.length)];
	}

	private String phone() {
		return "(954) " + (200 + random.nextInt(800)) + "-" + (1000 + random.nextInt(9000));
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}
}

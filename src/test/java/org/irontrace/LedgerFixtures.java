package org.irontrace;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small, readable interchange files for tests, written with FORMATS.md's column names. Every id
 * and serial carries a tag unique to the test run, so tests never see each other's data even when
 * they share a database.
 */
public final class LedgerFixtures {

	public static final String LICENSEES_HEADER = "licence_number,licence_type,business_name,street,city,state,postal_code,country,status";

	public static final String EVENTS_HEADER = "event_id,event_type,event_date,serial_number,manufacturer,importer,model,caliber,firearm_type,country_of_manufacture,from_licence,to_licence,purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_state";

	/** Sales whose forms give the purchaser's address: what shared addresses are found from. */
	public static final String SALES_WITH_ADDRESS_HEADER = "event_id,event_type,event_date,serial_number,manufacturer,importer,model,"
			+ "caliber,firearm_type,country_of_manufacture,from_licence,to_licence,purchaser_first_name,purchaser_last_name,"
			+ "purchaser_dob,purchaser_street,purchaser_city,purchaser_state,purchaser_postal_code";

	public static final String RECOVERIES_HEADER = "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,serial_number,serial_obliterated,partial_serial,manufacturer,importer,model,caliber,firearm_type,country_of_manufacture,possessor_first_name,possessor_last_name";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private LedgerFixtures() {
	}

	/**
	 * Letters that no look-alike folding touches (no O, I, S, B, Z), so two different tags never read
	 * alike and candidate searches of one test never find another test's guns.
	 */
	private static final String SAFE = "ACDEFGHJKLMNPQRTUVWXY";

	private static final java.util.Random RANDOM = new java.util.Random();

	/** A fixed-length tag, unique in this JVM and very likely across runs. */
	public static synchronized String uniqueTag() {
		StringBuilder tag = new StringBuilder("X");
		int sequence = SEQUENCE.incrementAndGet();
		for (int i = 0; i < 3; i++) {
			tag.append(SAFE.charAt(sequence % SAFE.length()));
			sequence /= SAFE.length();
		}
		for (int i = 0; i < 4; i++) {
			tag.append(SAFE.charAt(RANDOM.nextInt(SAFE.length())));
		}
		return tag.toString();
	}

	public static String csv(String header, String... rows) {
		return header + "\n" + String.join("\n", rows) + "\n";
	}
}

package org.irontrace.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A ledger file of a given number of rows for measuring: every firearm has four events
 * (manufactured, distributed, delivered to a dealer, sold), serials look like real ones (letters
 * and digits, 7 to 10 characters), makers are spread over the common ones. Streamed to disk.
 */
final class SyntheticLedger {

	static final int EVENTS_PER_FIREARM = 4;

	private static final String[] MAKERS = { "Smith & Wesson", "Glock", "Ruger", "Taurus", "SIG Sauer", "Hi-Point",
			"Springfield Armory", "Kel-Tec", "Beretta", "Colt", "Mossberg", "Remington", "Savage", "Century Arms",
			"Palmetto State Armory", "Anderson Manufacturing", "Diamondback", "Kimber", "Browning", "Winchester" };

	private static final String[] TYPES = { "PISTOL", "PISTOL", "PISTOL", "REVOLVER", "RIFLE", "RIFLE", "SHOTGUN" };

	private static final String[] CALIBRES = { "9mm", ".380 ACP", ".40 S&W", ".45 ACP", ".38 Special", ".223 Rem",
			"7.62x39", "12 gauge", ".22 LR" };

	private static final String SERIAL_CHARACTERS = "ABCDEFGHJKLMNPRTUVWXY0123456789";

	private SyntheticLedger() {
	}

	/** Writes {@code rows} events for firearms numbered from {@code firstFirearm}; the serial of each is derivable. */
	static void write(Path file, long rows, long firstFirearm, long seed) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord("event_id", "event_type", "event_date", "serial_number", "manufacturer", "model", "caliber",
					"firearm_type", "from_licence", "to_licence", "purchaser_first_name", "purchaser_last_name",
					"purchaser_dob", "purchaser_state");
			long firearms = rows / EVENTS_PER_FIREARM;
			for (long f = firstFirearm; f < firstFirearm + firearms; f++) {
				SplittableRandom random = new SplittableRandom(seed * 31 + f);
				String serial = serial(f, seed);
				String maker = MAKERS[(int) (f % MAKERS.length)];
				String type = TYPES[random.nextInt(TYPES.length)];
				String calibre = CALIBRES[random.nextInt(CALIBRES.length)];
				LocalDate made = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
				String plant = "M-" + (f % MAKERS.length);
				String distributor = "W-" + random.nextInt(40);
				String dealer = "D-" + random.nextInt(20_000);
				String id = "B" + seed + "-" + f + "-";
				csv.writeRecord(id + 1, "MANUFACTURED", made.toString(), serial, maker, "M" + (f % 50), calibre, type, "",
						plant, "", "", "", "");
				csv.writeRecord(id + 2, "TRANSFERRED", made.plusDays(20).toString(), serial, maker, "", "", "", plant,
						distributor, "", "", "", "");
				csv.writeRecord(id + 3, "TRANSFERRED", made.plusDays(45).toString(), serial, maker, "", "", "",
						distributor, dealer, "", "", "", "");
				csv.writeRecord(id + 4, "SOLD", made.plusDays(60 + random.nextInt(700)).toString(), serial, maker, "", "",
						"", dealer, "", "Buyer" + random.nextInt(1000), "Person" + random.nextInt(100_000),
						LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString(), "TX");
			}
		}
	}

	/** The serial of firearm number {@code f}: a pseudo-random but reproducible mix of letters and digits. */
	static String serial(long f, long seed) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003 + f * 7919);
		int length = 7 + random.nextInt(4);
		StringBuilder serial = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			serial.append(SERIAL_CHARACTERS.charAt(random.nextInt(SERIAL_CHARACTERS.length())));
		}
		return serial.toString();
	}

	static String maker(long f) {
		return MAKERS[(int) (f % MAKERS.length)];
	}
}

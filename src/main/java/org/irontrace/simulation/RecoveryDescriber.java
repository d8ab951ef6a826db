package org.irontrace.simulation;

/**
 * Describes a recovered gun with the noise of real recovery reports: maker aliases (S&W, CAI,
 * CUGIR), calibres written every way, AK and AR patterns named by slang instead of model, missing
 * fields, look-alike characters misread in the serial (O/0, I/1, S/5, B/8, Z/2), serials ground off
 * (obliterated, in part restored by the lab with {@code ?} for each unreadable character).
 */
final class RecoveryDescriber {

	private static final String LOOK_ALIKE_DIGITS = "01582";

	private static final String LOOK_ALIKE_LETTERS = "OISBZ";

	private final Dice dice;

	RecoveryDescriber(Dice dice) {
		this.dice = dice;
	}

	/**
	 * @param obliteration chance the serial was removed: higher for guns trafficked to Mexico, where
	 *     grinding serials off is a routine step of the trade
	 */
	FirearmDescription describe(Gun gun, String country, double obliteration) {
		GunModel model = gun.model;
		boolean obliterated = dice.chance(obliteration);
		String serial = null;
		String partial = null;
		if (obliterated) {
			partial = dice.chance(0.35) ? partial(normalised(gun.serial)) : null;
		}
		else if (!dice.chance(0.02)) {
			serial = asRead(gun.serial);
		}
		boolean bare = dice.chance(0.02);
		String maker = bare ? null : writtenMaker(model);
		String importer = model.importer() == null || dice.chance(0.25) ? null
				: !model.importerAliases().isEmpty() && dice.chance(0.3) ? dice.pick(model.importerAliases()) : model.importer();
		String modelName = bare || dice.chance(0.12) ? null : writtenModel(model, country);
		String caliber = dice.chance(0.08) ? null
				: !model.caliberVariants().isEmpty() && dice.chance(0.4) ? dice.pick(model.caliberVariants()) : model.caliber();
		String type = dice.chance(0.03) ? null : model.type().name();
		String origin = dice.chance(model.madeInUs() ? 0.75 : 0.9) ? model.country() : null;
		return new FirearmDescription(serial, obliterated, partial, maker, importer, modelName, caliber, type, origin);
	}

	String writtenMaker(GunModel model) {
		if (!model.makerAliases().isEmpty() && dice.chance(0.25)) {
			return dice.pick(model.makerAliases());
		}
		return model.maker();
	}

	private String writtenModel(GunModel model, String country) {
		String pattern = model.pattern();
		if ("AK".equals(pattern) && dice.chance(0.3)) {
			return "MX".equals(country) && dice.chance(0.5) ? "CUERNO DE CHIVO" : "AK-47";
		}
		if ("AR".equals(pattern) && dice.chance(0.25)) {
			return "AR-15";
		}
		return model.model();
	}

	/** The serial as an officer copied it: dashes kept or not, now and then a look-alike misread. */
	private String asRead(String marked) {
		String serial = dice.chance(0.3) ? normalised(marked) : marked;
		if (dice.chance(0.06)) {
			int[] candidates = new int[serial.length()];
			int found = 0;
			for (int i = 0; i < serial.length(); i++) {
				if (LOOK_ALIKE_DIGITS.indexOf(serial.charAt(i)) >= 0) {
					candidates[found++] = i;
				}
			}
			if (found > 0) {
				int at = candidates[dice.between(0, found - 1)];
				char letter = LOOK_ALIKE_LETTERS.charAt(LOOK_ALIKE_DIGITS.indexOf(serial.charAt(at)));
				serial = serial.substring(0, at) + letter + serial.substring(at + 1);
			}
		}
		return serial;
	}

	/** What a lab restores of a ground-off serial: one or two characters stay unreadable. */
	private String partial(String serial) {
		char[] chars = serial.toCharArray();
		int unreadable = dice.chance(0.7) ? 1 : 2;
		for (int i = 0; i < unreadable; i++) {
			chars[dice.between(0, chars.length - 1)] = '?';
		}
		return new String(chars);
	}

	static String normalised(String serial) {
		return serial.replace("-", "");
	}
}

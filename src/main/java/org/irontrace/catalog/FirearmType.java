package org.irontrace.catalog;

import java.util.Optional;

/** The firearm types of FORMATS.md. */
public enum FirearmType {

	PISTOL, REVOLVER, RIFLE, SHOTGUN, RECEIVER, MACHINE_GUN, OTHER;

	/**
	 * Reads a type as written: the FORMATS.md names in any case ({@code machine gun} too) and the
	 * words agencies use in English, Spanish and French ({@code PISTOLA}, {@code ESCOPETA},
	 * {@code PISTOLET MITRAILLEUR}, {@code ARMAZÓN} ...). Empty when the text names no single type,
	 * as {@code HANDGUN} does not.
	 */
	public static Optional<FirearmType> parse(String asWritten) {
		return FirearmTypeNames.find(asWritten);
	}
}

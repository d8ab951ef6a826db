package org.irontrace.catalog;

/**
 * A firearm as a sender or a recovering agency described it, with the catalogue's reading of each
 * part next to the words as written (the written words are never lost).
 *
 * @param serialKey normalised serial ({@link SerialNumbers#normalise}), null when none
 * @param manufacturerKey the maker's identity key, null when no maker was named
 * @param importerKey the importer's identity key; null when no importer was named
 * @param calibreFamily the calibre family, null when no calibre was given
 * @param firearmType a {@link FirearmType} name, or the written type upper-cased when unknown
 * @param countryOfManufacture ISO alpha-2, null when not stated
 */
public record FirearmDescription(String serialNumber, String serialKey, String manufacturer, String manufacturerKey,
		String importer, String importerKey, String model, String caliber, String calibreFamily, String firearmType,
		String countryOfManufacture) {

	/** Reads a description through the catalogue. */
	public static FirearmDescription of(Catalog catalog, String serialNumber, String manufacturer, String importer,
			String model, String caliber, String firearmType, String countryOfManufacture) {
		Manufacturer maker = catalog.manufacturer(manufacturer);
		Manufacturer importingMaker = catalog.manufacturer(importer);
		Calibre calibre = catalog.calibre(caliber);
		String type = firearmType == null ? null
				: catalog.firearmType(firearmType)
					.map(Enum::name)
					.orElse(firearmType.trim().toUpperCase(java.util.Locale.ROOT));
		return new FirearmDescription(serialNumber, SerialNumbers.normalise(serialNumber), manufacturer,
				maker == null ? null : maker.key(), importer, importingMaker == null ? null : importingMaker.key(),
				model, caliber, calibre == null ? null : calibre.family(), type, countryOfManufacture);
	}

	/** The same description with the maker left out (for a search by everything else). */
	public FirearmDescription withoutManufacturer() {
		return new FirearmDescription(serialNumber, serialKey, null, null, importer, importerKey, model, caliber,
				calibreFamily, firearmType, countryOfManufacture);
	}

	/** The parsed firearm type, empty when none was given or the catalogue does not know it. */
	public java.util.Optional<FirearmType> knownType() {
		return FirearmType.parse(firearmType);
	}
}

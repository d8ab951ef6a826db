package org.irontrace.commerce;

/** A firearm the custody ledger knows, with the best description its records give. */
public record LedgerFirearm(FirearmIdentity identity, String serialNumber, String manufacturer, String importer,
		String model, String caliber, String calibreFamily, String firearmType, String countryOfManufacture) {
}

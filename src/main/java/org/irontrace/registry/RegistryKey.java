package org.irontrace.registry;

import org.irontrace.catalog.FirearmDescription;

/**
 * A firearm's identity as the registry is searched by it: normalised serial
 * ({@code catalog.SerialNumbers}), the catalogue's maker key and, for an imported gun, the importer's
 * key (null or empty when unknown). These are the keys the ledger and recoveries carry
 * ({@code serial_key}, {@code manufacturer_key}, {@code importer_key}), so a caller passes them as stored.
 */
public record RegistryKey(String serialKey, String manufacturerKey, String importerKey) {

	/** The key of a description read through the catalogue. */
	public static RegistryKey of(FirearmDescription firearm) {
		return new RegistryKey(firearm.serialKey(), firearm.manufacturerKey(), firearm.importerKey());
	}

	/** A gun without serial or maker cannot be told apart from others: it is never looked up. */
	boolean searchable() {
		return serialKey != null && manufacturerKey != null && !serialKey.isEmpty() && !manufacturerKey.isEmpty();
	}
}

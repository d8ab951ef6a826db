package org.irontrace.commerce;

/**
 * What identifies a gun: normalised manufacturer, normalised serial and the importer for foreign-made
 * guns ('' when none). The serial alone never does: the same serial exists at many makers.
 */
public record FirearmIdentity(String manufacturerKey, String serialKey, String importerKey) {
}

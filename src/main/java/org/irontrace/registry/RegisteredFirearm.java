package org.irontrace.registry;

import java.time.LocalDate;

/**
 * A gun its country's registry holds: who holds it by kind (never by name) and its last reported
 * status. This is what a trace answers as {@code "domesticRegistry"}.
 *
 * @param status null when the registry did not report one
 * @param statusDate null when the registry did not date the status
 */
public record RegisteredFirearm(String country, String registryId, HolderType holderType, RegistryStatus status,
		LocalDate statusDate) {
}

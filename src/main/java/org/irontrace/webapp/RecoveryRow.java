package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.irontrace.catalog.FirearmType;
import org.irontrace.recovery.Recovery;

/**
 * One recovery as a line of the list. The firearm type is read into FORMATS.md's code when the
 * agency's words name one (so it can be shown in the page's language), and kept as written otherwise.
 */
record RecoveryRow(String recoveryId, LocalDate recoveryDate, String place, String crimeCode, String firearm,
		String firearmTypeCode, String firearmTypeAsWritten, String serial, boolean serialObliterated,
		String partialSerial, String possessor, String incidentId) {

	static RecoveryRow of(Recovery recovery) {
		var gun = recovery.firearm();
		String typeCode = FirearmType.parse(gun.firearmType()).map(Enum::name).orElse(null);
		return new RecoveryRow(recovery.recoveryId(), recovery.recoveryDate(),
				joined(", ", recovery.city(), recovery.adminArea(), recovery.country()), recovery.crimeCode(),
				joined(" ", gun.manufacturer(), gun.model(), gun.caliber()), typeCode, gun.firearmType(),
				gun.serialNumber(), recovery.serialObliterated(), recovery.partialSerial(),
				joined(" ", recovery.possessor().firstName(), recovery.possessor().lastName()), recovery.incidentId());
	}

	private static String joined(String separator, String... parts) {
		return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));
	}
}

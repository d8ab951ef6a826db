package org.irontrace.webapp;

import org.irontrace.catalog.FirearmType;
import org.irontrace.trace.TraceResult;

/** Reads values of a trace result into the codes the pages have words for. */
final class TraceWords {

	private TraceWords() {
	}

	/** FORMATS.md's firearm type named by the result's words, or null when they name none. */
	static String firearmTypeCode(TraceResult.Firearm firearm) {
		return firearm == null ? null : FirearmType.parse(firearm.firearmType()).map(Enum::name).orElse(null);
	}
}

package org.irontrace.cli;

import org.irontrace.trace.TraceResult;

/** A trace result as a few lines of text for the terminal. */
final class TraceSummary {

	private TraceSummary() {
	}

	static String of(TraceResult result) {
		StringBuilder out = new StringBuilder();
		out.append("trace ").append(result.traceId()).append('\n');
		out.append("status: ").append(result.status());
		if (result.reason() != null) {
			out.append(" (").append(result.reason()).append(')');
		}
		out.append("\nfirearm: ").append(result.firearm().manufacturer()).append(' ')
			.append(result.firearm().model() == null ? "" : result.firearm().model() + ' ')
			.append("serial ").append(result.firearm().serialNumber());
		result.chain().forEach(link -> out.append("\n  ").append(link.eventDate()).append(' ').append(link.eventType())
			.append(link.fromLicence() == null ? "" : " from " + link.fromLicence())
			.append(link.toLicence() == null ? "" : " to " + link.toLicence()));
		if (result.firstRetailSale() != null) {
			out.append("\nfirst retail sale: ").append(result.firstRetailSale().saleDate()).append(" by ")
				.append(result.firstRetailSale().licence()).append(", time-to-crime ")
				.append(result.timeToCrimeDays()).append(" days");
		}
		result.candidates().forEach(candidate -> out.append("\n  candidate ").append(candidate.serialNumber())
			.append(' ').append(candidate.manufacturer()).append(" score ").append(candidate.score()));
		return out.toString();
	}
}

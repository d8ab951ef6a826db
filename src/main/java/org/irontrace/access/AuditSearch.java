package org.irontrace.access;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.platform.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * The audit trail read by auditors a page at a time, with the scope of {@code GET /api/v1/audit}:
 * an agency's auditors read their own agency's entries and every read of their agency's records by
 * another agency, the operators' auditors every agency's
 * (optionally one). Pages follow the sequence numbers backwards, so a page costs the same however
 * deep the reader goes.
 */
@Service
public class AuditSearch {

	private final AuditTrail trail;

	private final SharingScopes scopes;

	AuditSearch(AuditTrail trail, SharingScopes scopes) {
		this.trail = trail;
		this.scopes = scopes;
	}

	/**
	 * What to look for; null or blank means any. {@code subjectText} is found anywhere in the
	 * subject; {@code from} and {@code to} are days, both included.
	 */
	public record Filter(String username, String agency, String action, String subjectText, LocalDate from,
			LocalDate to) {
	}

	/** One page of entries, newest first, and the sequence number to continue before, or null. */
	public record Page(List<AuditEntry> entries, Long nextBefore) {
	}

	/** Whether the caller reads every agency's entries (and so may choose one). */
	public boolean readsEveryAgency(Caller caller) {
		return scopes.isOperator(caller);
	}

	public Page search(Caller caller, Filter filter, Long before, int size) {
		if (!caller.has(Role.AUDITOR)) {
			throw new ForbiddenException("Only auditors read the audit trail");
		}
		String agency = readsEveryAgency(caller) ? blankToNull(filter.agency()) : caller.agency();
		List<AuditEntry> entries = trail.entries(new AuditQuery(agency, blankToNull(filter.username()),
				blankToNull(filter.action()), null, blankToNull(filter.subjectText()), filter.from(), filter.to(), before, size + 1));
		boolean more = entries.size() > size;
		List<AuditEntry> page = more ? entries.subList(0, size) : entries;
		return new Page(List.copyOf(page), more ? page.get(page.size() - 1).seq() : null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}

package org.irontrace.webapp;

import org.irontrace.identity.PersonRecord;

/**
 * A person's record as a line of the person page: a purchaser on a sale form ({@code event:<id>})
 * or a possessor in a recovery ({@code recovery:<agency>/<id>}), with where the record leads.
 */
record PersonRecordLine(PersonRecord record, boolean possessor, String agency, String recoveryId, String eventId) {

	static PersonRecordLine of(PersonRecord record) {
		String id = record.recordId();
		if (id.startsWith("recovery:") && id.indexOf('/') > 0) {
			String rest = id.substring("recovery:".length());
			return new PersonRecordLine(record, true, rest.substring(0, rest.indexOf('/')), rest.substring(rest.indexOf('/') + 1),
					null);
		}
		return new PersonRecordLine(record, false, null, null, id.startsWith("event:") ? id.substring("event:".length()) : id);
	}
}

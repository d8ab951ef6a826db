package org.irontrace.report;

import java.util.List;

/**
 * Whose recoveries a report may count: every agency's (installation operators, and published
 * reports, which only ever show suppressed aggregates) or the listed agencies'; and whether the
 * records other installations granted count too ({@code foreign}), those granted to {@code grantee}
 * (null: to any agency here, for the operators). Published reports never count them: a grant is to
 * an agency, not to the public.
 */
record Audience(boolean everyone, List<String> agencies, boolean foreign, String grantee) {

	static Audience ofEveryone() {
		return new Audience(true, List.of(), false, null);
	}

	static Audience of(java.util.Collection<String> agencies) {
		return new Audience(false, List.copyOf(agencies), false, null);
	}

	/** The same, and the records other installations' agencies granted {@code grantee} (null: any agency here). */
	Audience withForeignRecordsGrantedTo(String grantee) {
		return new Audience(everyone, agencies, true, grantee);
	}
}

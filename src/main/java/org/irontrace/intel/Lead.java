package org.irontrace.intel;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.irontrace.platform.Wording;

/**
 * A lead as a caller may see it. A PERSON lead names its people, a DEALER lead its licence, a RING
 * lead its members and licences; names and birth dates are null unless the caller sees the personal
 * data of every agency the lead rests on. The evidence comes with a single lead, not with lists.
 * {@code computedAt} is when the lead last came out of a recomputation different from before.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Lead(long id, LeadType type, String subject, double score, String summary, List<String> indicators,
		List<LeadPerson> people, String licence, List<String> licences, List<LeadPerson> members, List<Evidence> evidence,
		List<String> contributingAgencies, String owner, String status, String outcome, Instant computedAt,
		Instant updatedAt, @JsonIgnore Wording summaryWording) {

	/** Whether any name or birth date is shown. */
	public boolean showsPersonalData() {
		return java.util.stream.Stream.concat(people == null ? java.util.stream.Stream.empty() : people.stream(),
				members == null ? java.util.stream.Stream.empty() : members.stream())
			.anyMatch(p -> p.lastName() != null || p.firstName() != null || p.dob() != null);
	}
}

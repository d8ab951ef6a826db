package org.irontrace.federation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.Callers;
import org.irontrace.federation.ForeignPeople;
import org.irontrace.platform.BadRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people in what other installations' agencies grant the caller's agency: possessors of foreign
 * recoveries granted at FULL and the first retail purchasers their owners' traces found, by name or by
 * person key (name and birth date, as people are keyed here).
 */
@RestController
class ForeignPeopleController {

	private final ForeignPeople foreignPeople;

	private final Callers callers;

	ForeignPeopleController(ForeignPeople foreignPeople, Callers callers) {
		this.foreignPeople = foreignPeople;
		this.callers = callers;
	}

	/**
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN, for what is granted to their agency
	 * (every agency's for the operators). {@code name} finds possessors and purchasers by a near name;
	 * {@code firstName}, {@code lastName} and {@code dob} find the records of that one person. Only
	 * records granted at FULL answer (a lower grant has no person to find); each read is audited
	 * and reported to the record's owner.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/api/v1/federation/people")
	List<FederationController.ForeignHit> people(@RequestParam(required = false) String name,
			@RequestParam(required = false) String firstName, @RequestParam(required = false) String lastName,
			@RequestParam(required = false) String dob, HttpServletRequest http) {
		String purpose = http.getHeader("X-Purpose");
		if (name != null && !name.isBlank()) {
			return foreignPeople.listPeopleNamed(callers.current(), name, purpose)
				.stream()
				.map((org.irontrace.federation.ForeignEvidence found) -> FederationController.ForeignHit.of(found))
				.toList();
		}
		if (isBlank(firstName) && isBlank(lastName)) {
			throw new BadRequestException("'name', or 'firstName' and 'lastName', must say whom to look for");
		}
		if (!isBlank(dob) && !dob.trim().matches("\\d{4}-\\d{2}-\\d{2}|\\d{8}")) {
			throw new BadRequestException("'dob' must be a birth date written YYYY-MM-DD, not '" + dob + "'");
		}
		ForeignPeople.NamedPerson person = new ForeignPeople.NamedPerson(firstName, lastName, dob);
		return foreignPeople
			.listRecordsOfPeople(callers.current(), List.of(person), "foreign-person:" + lastName, purpose)
			.stream()
			.map((org.irontrace.federation.ForeignEvidence found) -> FederationController.ForeignHit.of(found))
			.toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}

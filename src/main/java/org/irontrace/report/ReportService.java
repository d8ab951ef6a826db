package org.irontrace.report;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingLevel;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Recovery reports as the caller may see them: an agency counts its own recoveries and those that
 * other agencies granted it at aggregates-only level or more; a regional body's {@code region=}
 * view pools exactly what its members granted it; the installation's operators count everything.
 */
@Service
public class ReportService {

	private final RecoveryFacts facts;

	private final ReportAssembler assembler;

	private final DomesticDiversionFacts diversion;

	private final Callers callers;

	private final SharingScopes scopes;

	ReportService(RecoveryFacts facts, ReportAssembler assembler, DomesticDiversionFacts diversion, Callers callers,
			SharingScopes scopes) {
		this.facts = facts;
		this.assembler = assembler;
		this.diversion = diversion;
		this.callers = callers;
		this.scopes = scopes;
	}

	/** The report for the caller of the current request. */
	public RecoveryReport reportForCaller(ReportRequest request) {
		return report(request, audienceOf(callers.current(), request));
	}

	/**
	 * The report over every agency's recoveries: for publication, where only suppressed aggregates
	 * leave the installation, and for the installation's own benchmarks and tests.
	 */
	public RecoveryReport reportOverAllAgencies(ReportRequest request) {
		return report(request, Audience.ofEveryone());
	}

	/**
	 * The report over the listed agencies' recoveries only: for publication, which counts the
	 * agencies that opted in to it.
	 */
	public RecoveryReport reportOverAgencies(ReportRequest request, java.util.Collection<String> agencies) {
		return report(request, Audience.of(agencies));
	}

	/** The UNODC IAFQ-shaped annual return of a country, as the caller may see it. */
	public ArmsFlowsReturn armsFlowsForCaller(String country, int year) {
		ReportRequest request = ReportRequest.countryYear(country, year);
		Audience audience = audienceOf(callers.current(), request);
		var counts = facts.count(audience, request);
		LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
		RecoveryReport report = assembler.assemble(request, asOf, counts, null);
		return ArmsFlowsQuestionnaire.fill(request.country(), year, asOf, report, counts);
	}

	public String explain(ReportRequest request) {
		return facts.explain(Audience.ofEveryone(), request);
	}

	RecoveryReport report(ReportRequest request, Audience audience) {
		var counts = facts.count(audience, request);
		var previous = facts.headline(audience, request.previousPeriod());
		return assembler.assemble(request, LocalDate.now(ZoneOffset.UTC), counts, previous)
			.withDomesticDiversion(diversion.count(audience, request))
			.withGrantedByOtherInstallations(facts.grantedBy(audience, request));
	}

	/**
	 * A caller's own reading counts the records other installations' agencies granted its agency
	 * (every agency here, for the operators) beside this installation's: a regional body's report
	 * pools its members' installations as well as its own agreements.
	 */
	Audience audienceOf(Caller caller, ReportRequest request) {
		if (request.region() != null) {
			if (!request.region().equals(caller.agency())) {
				throw new BadRequestException("'region' must be your own agency's code (" + caller.agency()
						+ "): a regional view pools what members granted that body");
			}
			return Audience.of(scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.AGGREGATES_ONLY))
				.withForeignRecordsGrantedTo(caller.agency());
		}
		if (scopes.seesEverything(caller)) {
			return Audience.ofEveryone().withForeignRecordsGrantedTo(null);
		}
		return Audience.of(scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.AGGREGATES_ONLY))
			.withForeignRecordsGrantedTo(caller.agency());
	}
}

package org.irontrace.webapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A trace taken away: as CSV for a spreadsheet or a case file, and as a PDF to print or attach to
 * a request for assistance. Both are what the result page shows the caller, purchaser withheld as
 * its visibility says, and an export that carries a purchaser is recorded in the audit trail.
 */
@Controller
class TraceExportPage {

	private final TraceService traces;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final TemplateEngine templates;

	private final Recoveries recoveries;

	TraceExportPage(TraceService traces, SharingScopes scopes, AuditTrail audit, Callers callers,
			TemplateEngine templates, Recoveries recoveries) {
		this.traces = traces;
		this.recoveries = recoveries;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
		this.templates = templates;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces/{traceId}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String traceId) {
		TraceResult trace = readAudited(traceId, "csv");
		String csv = TraceCsv.of(trace, CsvConventions.of(LocaleContextHolder.getLocale()));
		return file(csv.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv",
				StandardCharsets.UTF_8), "trace-" + trace.agency() + "-" + trace.recoveryId() + ".csv");
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces/{traceId}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String traceId) {
		TraceResult trace = readAudited(traceId, "pdf");
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("trace", trace);
		context.setVariable("tracedOn", trace.tracedAt().atZone(ZoneOffset.UTC).toLocalDate());
		context.setVariable("shortTimeToCrime", ShortTimeToCrime.of(trace.timeToCrimeDays()));
		context.setVariable("firearmTypeCode", TraceWords.firearmTypeCode(trace.firearm()));
		// When and where the gun was taken: what a prosecutor reads first on a printed trace.
		Recovery recovery = recoveries.findRecovery(trace.agency(), trace.recoveryId()).orElse(null);
		context.setVariable("recovery", recovery);
		context.setVariable("place", recovery == null ? null : java.util.stream.Stream
			.of(recovery.city(), recovery.adminArea(), recovery.country())
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(", ")));
		String xhtml = templates.process("webapp/trace-print", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return file(out.toByteArray(), MediaType.APPLICATION_PDF,
					"trace-" + trace.agency() + "-" + trace.recoveryId() + ".pdf");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private TraceResult readAudited(String traceId, String form) {
		Caller caller = callers.current();
		TraceResult trace = traces.findTrace(traceId, scopes.visibilityFor(caller, SharingScope.TRACES))
			.orElseThrow(() -> new NotFoundException("No trace " + traceId));
		if (trace.firstRetailSale() != null && trace.firstRetailSale().purchaser() != null) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "trace:" + trace.traceId(), "export " + form, List.of(trace.agency()));
		}
		return trace;
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}

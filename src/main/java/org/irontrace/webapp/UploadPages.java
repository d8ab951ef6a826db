package org.irontrace.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.imports.RowError;
import org.irontrace.platform.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Sending a recoveries.csv from the browser: the same import as {@code POST
 * /api/v1/imports/recoveries} (same checks, same idempotency, rows of the caller's agency only), run
 * in the background with a progress bar, then the report with each refused row's line, field and
 * reason (in the reader's language), as a table and as a CSV file to fix the rows in. A recoveries
 * file whose firearm types, makers or calibres the catalogue cannot place is held first, nothing
 * recorded, with those values listed by line: the sender records it anyway or corrects the file.
 */
@Controller
class UploadPages {

	/** Where the import's reasons for refusing a row have their words. */
	static final String REFUSAL = "tracework.refusal.";

	private final UploadJobs jobs;

	private final Callers callers;

	private final EngineWords words;

	private final UploadTemplates templates;

	UploadPages(UploadJobs jobs, Callers callers, EngineWords words, UploadTemplates templates) {
		this.templates = templates;
		this.jobs = jobs;
		this.callers = callers;
		this.words = words;
	}

	/** The files an analyst sends from this page: recoveries, and the tracing authority's answers. */
	static final List<String> KINDS = List.of("recoveries", "trace-results");

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/recoveries/upload")
	String form(@RequestParam(defaultValue = "recoveries") String kind, Model model) {
		model.addAttribute("job", null);
		model.addAttribute("kind", KINDS.contains(kind) ? kind : "recoveries");
		model.addAttribute("formats", formats());
		return "webapp/upload";
	}

	/** Each kind's columns, for the page to list under its choice. */
	private java.util.Map<String, List<UploadTemplates.Column>> formats() {
		java.util.Map<String, List<UploadTemplates.Column>> formats = new java.util.LinkedHashMap<>();
		KINDS.forEach(kind -> formats.put(kind, templates.columnsOf(kind)));
		return formats;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/recoveries/upload")
	Object upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "recoveries") String kind, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty() || !KINDS.contains(kind)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("job", null);
			model.addAttribute("kind", KINDS.contains(kind) ? kind : "recoveries");
			model.addAttribute("problem", "tracework.upload.error.noFile");
			model.addAttribute("formats", formats());
			return "webapp/upload";
		}
		UploadJob job = jobs.start(callers.current(), kind, file.getOriginalFilename(), file.getInputStream());
		return seeOther("/app/recoveries/upload/" + job.id());
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/recoveries/upload/{uploadId}")
	String progress(@PathVariable String uploadId, Model model) {
		model.addAttribute("job", job(uploadId));
		return "webapp/upload";
	}

	/** How far the import has got, for the progress bar's script. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping(path = "/app/recoveries/upload/{uploadId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progressJson(@PathVariable String uploadId) {
		UploadJob job = job(uploadId);
		return Map.of("state", job.state().name(), "percent", job.percent(), "rowsRead", job.rowsRead(), "waiting",
				job.waiting());
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/recoveries/upload/{uploadId}/errors.csv")
	ResponseEntity<byte[]> errors(@PathVariable String uploadId) {
		UploadJob job = job(uploadId);
		CsvConventions conventions = CsvConventions.of(LocaleContextHolder.getLocale());
		StringBuilder csv = new StringBuilder(conventions.row(List.of("line", "field", "reason")));
		for (RowError error : job.errors()) {
			// A line number names a line of the uploaded file: written as the file's editor shows it, ungrouped.
			csv.append(conventions.row(Arrays.asList(String.valueOf(error.line()), error.column(),
					words.say(REFUSAL, error.wording(), error.message()))));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("recoveries-errors.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Records a held upload as it is, the values the catalogue could not place included. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/recoveries/upload/{uploadId}/record")
	RedirectView recordAnyway(@PathVariable String uploadId) {
		UploadJob job = job(uploadId);
		if (!jobs.recordAnyway(job, callers.current())) {
			throw new org.irontrace.platform.ConflictException("This upload is not waiting to be recorded");
		}
		return seeOther("/app/recoveries/upload/" + job.id());
	}

	/** Forgets a held upload's file, nothing recorded, and offers the form for the corrected file. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/recoveries/upload/{uploadId}/discard")
	RedirectView discard(@PathVariable String uploadId) {
		jobs.discard(job(uploadId));
		return seeOther("/app/recoveries/upload");
	}

	private static RedirectView seeOther(String path) {
		RedirectView to = new RedirectView(path, true);
		to.setStatusCode(HttpStatus.SEE_OTHER);
		to.setExposeModelAttributes(false);
		return to;
	}

	/** Traces what the upload recorded, in the background; the upload's page follows it. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/recoveries/upload/{uploadId}/trace")
	RedirectView trace(@PathVariable String uploadId) {
		UploadJob job = job(uploadId);
		if (!jobs.trace(job, callers.current())) {
			throw new org.irontrace.platform.ConflictException("This upload recorded nothing left to trace, or is tracing it already");
		}
		return seeOther("/app/recoveries/upload/" + job.id());
	}

	private UploadJob job(String uploadId) {
		Caller caller = callers.current();
		return jobs.find(uploadId, caller).orElseThrow(() -> new NotFoundException("No upload " + uploadId));
	}
}

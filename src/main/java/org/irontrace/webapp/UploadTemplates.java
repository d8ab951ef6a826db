package org.irontrace.webapp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.ImportService;
import org.irontrace.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The columns of each file the upload page takes, read from the importer that owns the format (so
 * the page can never list other columns than the import accepts), and a template to fill in: the
 * header row alone, in UTF-8 (the byte-order mark every CSV download carries keeps spreadsheets
 * reading its accents).
 */
@Controller
class UploadTemplates {

	private final ImportService imports;

	UploadTemplates(ImportService imports) {
		this.imports = imports;
	}

	/** A column of a file format, and whether a row must fill it. */
	record Column(String name, boolean required) {
	}

	List<Column> columnsOf(String kind) {
		CsvImporter importer = importer(kind);
		return importer.columns().stream().map(name -> new Column(name, importer.requiredColumns().contains(name))).toList();
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/recoveries/upload/template.csv")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "recoveries") String kind) {
		String header = String.join(",", importer(kind).columns()) + "\r\n";
		String name = kind.replace('-', '_') + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(header.getBytes(StandardCharsets.UTF_8));
	}

	private CsvImporter importer(String kind) {
		if (!UploadPages.KINDS.contains(kind)) {
			throw new NotFoundException("No upload of " + kind);
		}
		return imports.importer(kind).orElseThrow(() -> new NotFoundException("No import of " + kind));
	}
}

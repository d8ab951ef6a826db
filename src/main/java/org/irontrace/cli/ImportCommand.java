package org.irontrace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportRejectedException;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.RowError;
import org.irontrace.imports.TooManyImportsException;
import org.irontrace.imports.UnknownImportKindException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code irontrace import <kind> <file>}: the CLI face of {@code POST /api/v1/imports/{kind}}. */
@Command(name = "import", description = "Import licensees, commerce-events or recoveries from a CSV file, "
		+ "or 'all' from a folder holding licensees.csv, commerce_events.csv and recoveries.csv.")
class ImportCommand implements Callable<Integer> {

	private final ImportService imports;

	@Parameters(index = "0", paramLabel = "KIND", description = "licensees, commerce-events, recoveries, or all (FILE is then a folder)")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "the CSV file (FORMATS.md)")
	Path file;

	ImportCommand(ImportService imports) {
		this.imports = imports;
	}

	@Override
	public Integer call() throws Exception {
		if (!Files.isReadable(file)) {
			System.err.println("Cannot read " + file);
			return 2;
		}
		if (kind.equals("all")) {
			return importFolder();
		}
		ProgressBar bar = new ProgressBar(Files.size(file), System.err);
		ImportReport report;
		try {
			report = imports.importFile(kind, file, bar);
		}
		catch (UnknownImportKindException | ImportRejectedException | TooManyImportsException e) {
			bar.finish();
			System.err.println(file + ": " + e.getMessage());
			return 2;
		}
		bar.finish();
		return print(file.toString(), report);
	}

	/** The FORMATS.md files of a folder, in the order the ledger needs them. */
	private int importFolder() {
		if (!Files.isDirectory(file)) {
			System.err.println(file + " is not a folder: 'all' imports the files of a folder");
			return 2;
		}
		int worst = 0;
		try {
			for (ImportReport report : imports.importFolder(file, ImportProgress.NONE)) {
				worst = Math.max(worst, print(file + "/" + report.kind(), report));
			}
		}
		catch (ImportRejectedException | TooManyImportsException e) {
			System.err.println(file + ": " + e.getMessage());
			return 2;
		}
		return worst;
	}

	private static int print(String what, ImportReport report) {
		System.out.printf("%s: %,d accepted, %,d duplicates, %,d rejected%n", what, report.accepted(),
				report.duplicates(), report.rejected());
		report.warnings().forEach(warning -> System.out.println("warning: " + warning));
		for (RowError error : report.errors()) {
			System.out.printf("line %d%s: %s%n", error.line(), error.column() == null ? "" : ", " + error.column(),
					error.message());
		}
		if (report.errorsTruncated()) {
			System.out.println("(only the first " + ImportReport.MAX_ERRORS_LISTED + " errors are listed)");
		}
		return report.rejected() == 0 ? 0 : 1;
	}
}

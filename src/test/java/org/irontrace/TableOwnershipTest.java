package org.irontrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: another module's SQL names them only when the owner publishes them
 * (a view, a narrow table or a function, each with its reason in {@code db/tables/<module>.tables}).
 * The database is where modules really meet, so this is the module check the verifier cannot make.
 */
class TableOwnershipTest {

	private static final Path SOURCES = Path.of("src/main/java/org/irontrace");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path DECLARATIONS = Path.of("src/main/resources/db/tables");

	@Test
	void everyModuleDeclaresWhatItOwnsAndEveryTableHasOneOwner() throws IOException {
		TableOwnership ownership = TableOwnership.read(DECLARATIONS);
		assertThat(ownership.problems).as("declarations in %s", DECLARATIONS).isEmpty();

		List<String> undeclared = new ArrayList<>();
		for (String module : modules()) {
			if (!Files.exists(DECLARATIONS.resolve(module + ".tables"))) {
				undeclared.add("module " + module + " has no " + DECLARATIONS.resolve(module + ".tables")
						+ " (write the tables it owns, or only a comment when it owns none)");
			}
		}
		Set<String> created = new TreeSet<>();
		for (Path migration : migrations()) {
			for (String name : TableOwnership.createdBy(Files.readString(migration))) {
				created.add(name);
				if (!ownership.relations.containsKey(name) && !ownership.functions.containsKey(name)) {
					undeclared.add(migration.getFileName() + " creates " + name + ", which no module declares it owns");
				}
			}
		}
		Set<String> stale = new TreeSet<>(ownership.relations.keySet());
		stale.addAll(ownership.functions.keySet());
		stale.removeAll(created);
		assertThat(undeclared).as("tables, views and functions without an owner").isEmpty();
		assertThat(stale).as("declared but created by no migration").isEmpty();
	}

	@Test
	void noModuleNamesAnotherModulesUnpublishedTable() throws IOException {
		TableOwnership ownership = TableOwnership.read(DECLARATIONS);
		List<String> crossReads = new ArrayList<>();
		for (String module : modules()) {
			try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					crossReads.addAll(ownership.checkModule(module, SOURCES.relativize(file).toString(),
							SqlNames.literalsOf(Files.readString(file))));
				}
			}
		}
		for (Path migration : migrations()) {
			crossReads.addAll(ownership.checkMigration(migration.getFileName().toString(), Files.readString(migration)));
		}
		assertThat(crossReads).as("SQL naming another module's unpublished table, view or function").isEmpty();
	}

	@Test
	void aNewCrossReadIsCaught() {
		TableOwnership ownership = sample();
		String reportSource = """
				class Facts {
					String sql = \"""
							SELECT r.country, count(*) FROM recovery r
							JOIN trace_result t ON t.agency = r.agency
							WHERE irontrace_fold(r.city) = ?\""";
					// FROM lead: a comment is not SQL
					String english = "taken from lead files";
				}
				""";
		assertThat(ownership.checkModule("report", "Facts.java", SqlNames.literalsOf(reportSource)))
			.containsExactly("Facts.java (report) names trace_result, which trace owns and does not publish");
		assertThat(ownership.checkModule("trace", "TraceStore.java", "INSERT INTO trace_result SELECT * FROM recovery")).isEmpty();
		assertThat(ownership.checkModule("benchmark", "Bench.java", "SELECT * FROM trace_result")).isEmpty();
	}

	@Test
	void theModulesDeclarationsRefuseAReportReadingTheTraceHistoryTable() throws IOException {
		TableOwnership ownership = TableOwnership.read(DECLARATIONS);
		assertThat(ownership.checkModule("report", "report/NewFacts.java", """
				SELECT t.status, count(*) FROM recovery r JOIN trace_result t USING (agency, recovery_id)
				JOIN lead l ON r.agency = ANY(l.contributing_agencies) GROUP BY t.status"""))
			.containsExactly("report/NewFacts.java (report) names trace_result, which trace owns and does not publish",
					"report/NewFacts.java (report) names lead, which intel owns and does not publish");
		assertThat(ownership.checkModule("report", "report/NewFacts.java",
				"SELECT t.status, count(*) FROM recovery r JOIN trace_history t USING (agency, recovery_id) GROUP BY t.status"))
			.as("through the views trace publishes").isEmpty();
		assertThat(ownership.checkMigration("V999__report_trigger.sql", """
				CREATE TRIGGER lead_dashboard AFTER INSERT ON lead FOR EACH STATEMENT EXECUTE FUNCTION dashboard_cell_tidy();"""))
			.containsExactly("V999__report_trigger.sql: report's dashboard_cell_tidy names lead, which intel owns and does not publish");
	}

	@Test
	void aMigrationStatementBelongsToTheOwnerOfWhatItMakes() {
		TableOwnership ownership = sample();
		String migration = """
				CREATE TABLE dashboard_cell (agency text);
				CREATE FUNCTION dashboard_trace_arrived() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    INSERT INTO dashboard_cell SELECT a.agency FROM arrived a JOIN trace_result t USING (agency); -- ; inside
				    RETURN NULL;
				END $$;
				CREATE TRIGGER trace_dashboard AFTER INSERT ON trace_result REFERENCING NEW TABLE AS arrived
				    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_trace_arrived();
				CREATE INDEX trace_result_by_recovery ON trace_result (agency);
				""";
		assertThat(ownership.checkMigration("V999__sample.sql", migration)).containsExactly(
				"V999__sample.sql: report's dashboard_trace_arrived names trace_result, which trace owns and does not publish",
				"V999__sample.sql: report's dashboard_trace_arrived names trace_result, which trace owns and does not publish");
		assertThat(TableOwnership.createdBy(migration)).containsExactly("dashboard_cell", "dashboard_trace_arrived");
	}

	private static TableOwnership sample() {
		TableOwnership ownership = new TableOwnership();
		ownership.declare("trace", List.of("# trace's", "trace_result"));
		ownership.declare("recovery", List.of("recovery published: the recoveries as every reader sees them"));
		ownership.declare("intel", List.of("lead"));
		ownership.declare("report", List.of("dashboard_cell", "function dashboard_trace_arrived"));
		ownership.declare("platform", List.of("function irontrace_fold published: the one accent fold"));
		ownership.declare("benchmark", List.of("reads everything: measures the product on its own tables"));
		assertThat(ownership.problems).isEmpty();
		return ownership;
	}

	private static List<String> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
		}
	}

	private static List<Path> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
		}
	}
}

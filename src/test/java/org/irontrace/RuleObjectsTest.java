package org.irontrace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rule objects (what makes a trace COMPLETED, whether two records are one person, what an
 * indicator says, which people form a ring) hold no framework, database or HTTP code: they are fed
 * by the facades and stores around them, so they can be read, tested and reused on their own.
 */
class RuleObjectsTest {

	/** The rules named one by one; the whole resolution engine is a rule set by itself. */
	static final List<String> RULE_CLASSES = List.of(
			// Tracing: what could be read, which gun it is, how its chain reads, what the authority said.
			"org.irontrace.trace.SerialReading", "org.irontrace.trace.GunIdentifier", "org.irontrace.trace.DescriptionFit",
			"org.irontrace.trace.CandidateScore", "org.irontrace.trace.ChainReading", "org.irontrace.trace.TraceComposer",
			"org.irontrace.trace.AnswerReading", "org.irontrace.trace.AuthorityReasons", "org.irontrace.trace.Identification",
			// Intelligence: the indicators and the assessments that turn them into leads.
			"org.irontrace.intel.BusinessDays", "org.irontrace.intel.FederalHolidays", "org.irontrace.intel.MultipleSalePolicy",
			"org.irontrace.intel.SaleGroup", "org.irontrace.intel.DealerAssessment", "org.irontrace.intel.StrawPurchaserAssessment",
			"org.irontrace.intel.RingAssessment", "org.irontrace.intel.PersonCase",
			// The link graph: link strengths, ballistic threads, rings and the Louvain split.
			"org.irontrace.network.LinkStrength", "org.irontrace.network.BallisticLinks",
			"org.irontrace.network.RingFinder", "org.irontrace.network.Communities", "org.irontrace.network.CommunityGraph");

	static final String MATCHING = "org.irontrace.identity.matching";

	static final String[] FORBIDDEN = { "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "java.net.http.." };

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.irontrace");

	@Test
	void ruleObjectsHoldNoFrameworkDatabaseOrHttpCode() {
		Set<String> checked = new TreeSet<>();
		classes.stream().filter(RuleObjectsTest::isRuleObject).forEach(c -> checked.add(c.getName()));
		System.out.println("Rule objects checked (" + checked.size() + "): " + checked);
		// A rule renamed or moved must be named here again, not silently left out.
		for (String name : RULE_CLASSES) {
			assertThat(classes.contain(name)).as("rule class %s exists", name).isTrue();
		}
		assertThat(checked).containsAll(RULE_CLASSES)
			.anyMatch(name -> name.startsWith(MATCHING + ".PersonResolver"))
			.anyMatch(name -> name.startsWith(MATCHING + ".ExpectationMaximisation"));

		rule(ruleObjects()).check(classes);
	}

	@Test
	void theRuleCatchesAClassThatTalksToTheDatabase() {
		// TraceStore writes trace results through JDBC: held to the same rule, it must fail it.
		EvaluationResult result = rule(DescribedPredicate.describe("the trace store",
				(JavaClass c) -> c.getName().equals("org.irontrace.trace.TraceStore"))).evaluate(classes);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.springframework.jdbc"));
	}

	private static ArchRule rule(DescribedPredicate<JavaClass> which) {
		return noClasses().that(which).should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
			.because("rules are fed by the stores and facades around them, never reach out to Spring, JDBC or HTTP");
	}

	private static DescribedPredicate<JavaClass> ruleObjects() {
		return DescribedPredicate.describe("rule objects (trace rules, matching, indicators, ring finding)", RuleObjectsTest::isRuleObject);
	}

	private static boolean isRuleObject(JavaClass c) {
		String outer = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
		boolean inMatching = c.getPackageName().equals(MATCHING) && !c.getSimpleName().equals("package-info");
		return inMatching || RULE_CLASSES.contains(outer);
	}
}

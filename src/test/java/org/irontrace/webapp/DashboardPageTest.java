package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard counts what the analyst's agency recovered, with filters kept in its address. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

	@LocalServerPort
	int port;

	DashboardWorld world;

	@BeforeAll
	void anAgencyWithThreeRecoveries() {
		world = new DashboardWorld(port);
	}

	PageBrowser analyst() {
		return new PageBrowser(port).signIn(world.world.analyst, WebAppWorld.PASSWORD);
	}

	@Test
	void theFiguresAreTheAgencysAndEachChartHasItsTable() {
		Page page = analyst().get(world.filtered("/app/dashboard", "&lang=en"));
		assertThat(page.status()).isEqualTo(200);
		String html = page.html();
		assertThat(html).contains("<html lang=\"en\"", "id=\"figure-recovered\">3<", "id=\"figure-traced\">3<",
				"100.0%", "1 of 1 traced guns whose origin was established");
		assertThat(html).contains("<th scope=\"row\">2020-01</th>", "<th scope=\"row\">TX</th>", "Glock",
				"Under 3 months", "1 to 2 years");
		assertThat(html.split("role=\"img\"", -1)).as("charts with a described image role").hasSize(9);
		assertThat(html.split("<details>", -1)).as("a table per chart").hasSize(9);
		assertThat(html).containsPattern("/app/assets/lib/echarts/echarts\\.common\\.min-[0-9a-f]{32}\\.js").contains("id=\"dashboard-data\"",
				"\"overTime\":\"Recoveries and traces over time\"");
	}

	/** The country filter is chosen by name in the page's language, the region's countries first. */
	@Test
	void theCountryIsPickedByItsNameTheRegionFirst() {
		String english = analyst().get(world.filtered("/app/dashboard", "&lang=en&country=VC")).html();
		assertThat(english).containsSubsequence("<select id=\"country\" name=\"country\">",
				"label=\"Mexico and the Caribbean Community\"", "<option value=\"VC\" selected=\"selected\">St. Vincent &amp; Grenadines</option>",
				"label=\"Other countries\"", "<option value=\"CA\">Canada</option>", "</select>");
		assertThat(english).as("the form folds under the filters in force, so the figures come first")
			.containsSubsequence("class=\"badges\"", "<details class=\"filter-edit\">", "<summary>Change the filters</summary>",
					"<select id=\"country\"", "</details>", "id=\"figure-recovered\"");
		assertThat(analyst().get("/app/dashboard?lang=en&from=nonsense").html()).as("unfolded when the period was not understood")
			.contains("<details class=\"filter-edit\" open=\"open\">");
		String spanish = analyst().get(world.filtered("/app/dashboard", "&lang=es")).html();
		assertThat(spanish).contains("label=\"México y la Comunidad del Caribe\"", "<option value=\"LC\">Santa Lucía</option>");
	}

	/**
	 * The recovery's state is picked by its name in the page's language (Mexico's 32 first, the
	 * United States' first when the country is the US), counts only that state, and its badge names it.
	 */
	@Test
	void theStateIsPickedByItsNameMexicoFirstAndCountsOnlyThatState() {
		Page nuevoLeon = analyst().get(world.filtered("/app/dashboard", "&lang=en&place=NLE"));
		assertThat(nuevoLeon.html()).containsSubsequence("<select id=\"place\" name=\"place\">", "<optgroup label=\"Mexico\"",
				"<option value=\"CMX\">Mexico City</option>", "<option value=\"NLE\" selected=\"selected\">Nuevo León</option>",
				"<option value=\"ZAC\">Zacatecas</option>", "<optgroup label=\"United States\"", "<option value=\"NM\">New Mexico</option>",
				"</select>");
		String picker = nuevoLeon.html().substring(nuevoLeon.html().indexOf("<select id=\"place\""));
		picker = picker.substring(0, picker.indexOf("</select>"));
		assertThat(picker.split("<option value=\"[A-Z]{2,3}\"", -1)).as("32 Mexican and 51 US states").hasSize(84);
		assertThat(nuevoLeon.html()).contains("Recovery state or department: Nuevo León", "id=\"figure-recovered\">1<")
			.doesNotContain("placeHint", "for example TAM");
		String french = analyst().get(world.filtered("/app/dashboard", "&lang=fr&country=US")).html();
		assertThat(french).containsSubsequence("<optgroup label=\"États-Unis\"", "<option value=\"NM\">Nouveau-Mexique</option>",
				"<optgroup label=\"Mexique\"", "<option value=\"CMX\">Ville de Mexico</option>");
		String parish = analyst().get(world.filtered("/app/dashboard", "&lang=es&place=01")).html();
		assertThat(parish).as("a code neither list holds stays in force").contains("<option value=\"01\" selected");
	}

	/**
	 * Each chart's table is taken away with the page's filters, in the page's language and written
	 * for a spreadsheet of Haiti when the page is in French: semicolons between cells.
	 */
	@Test
	void eachTableIsDownloadedWithTheFiltersInThePageLanguage() {
		PageBrowser browser = analyst();
		String html = browser.get(world.filtered("/app/dashboard", "&lang=fr")).html();
		String link = "/app/dashboard/overTime.csv?from=2020-01-01&amp;to=2020-12-31&amp;agency=" + world.world.agency + "&amp;lang=fr";
		assertThat(html).contains("href=\"" + link + "\"", "Télécharger « Saisies et traçages dans le temps » en fichier CSV");
		String overTime = browser.get(link.replace("&amp;", "&")).html();
		assertThat(overTime).startsWith("Mois;Saisies;Tracées (résultat enregistré)\r\n").contains("2020-01;1;1\r\n");
		String makers = browser.get(world.filtered("/app/dashboard/makers.csv", "&lang=fr")).html();
		assertThat(makers).startsWith("Fabricant;Nombre d’armes\r\n").contains("Glock;1\r\n");
		assertThat(browser.get(world.filtered("/app/dashboard/timeToCrime.csv", "&lang=en")).html())
			.startsWith("Time from sale to recovery,").contains("Under 3 months,");
		assertThat(browser.get(world.filtered("/app/dashboard/nothing.csv", "&lang=en")).status()).isEqualTo(404);
	}

	/**
	 * In Haitian Creole and Dutch the page and its tables are worded so, and the tables are split by
	 * semicolons as the spreadsheets of Haiti and Suriname expect.
	 */
	@Test
	void creoleAndDutchTablesAreWordedSoAndSplitBySemicolons() {
		PageBrowser browser = analyst();
		assertThat(browser.get(world.filtered("/app/dashboard", "&lang=ht")).html()).containsPattern("<html[^>]* lang=\"ht\"")
			.contains("Telechaje “Sezi ak trasaj atravè tan” kòm fichye CSV");
		assertThat(browser.get(world.filtered("/app/dashboard/overTime.csv", "&lang=ht")).html())
			.startsWith("Mwa;Sezi;Trase (rezilta trasaj anrejistre)\r\n").contains("2020-01;1;1\r\n");
		assertThat(browser.get(world.filtered("/app/dashboard", "&lang=nl")).html()).containsPattern("<html[^>]* lang=\"nl\"")
			.contains("„Inbeslagnames en traceringen in de tijd” downloaden als CSV-bestand");
		assertThat(browser.get(world.filtered("/app/dashboard/makers.csv", "&lang=nl")).html())
			.startsWith("Fabrikant;Aantal wapens\r\n").contains("Glock;1\r\n");
	}

	/**
	 * The page an analyst lands on fetches the dashboard's chart library ahead, under the very
	 * content-hashed name the dashboard links, so opening the dashboard later costs its HTML alone.
	 */
	@Test
	void theLandingPageFetchesTheChartLibraryAheadUnderTheNameTheDashboardUses() {
		PageBrowser browser = analyst();
		Matcher library = Pattern.compile("/app/assets/lib/echarts/[^\"]*echarts\\.common\\.min-[0-9a-f]{32}\\.js")
			.matcher(browser.get(world.filtered("/app/dashboard", "&lang=en")).html());
		assertThat(library.find()).isTrue();
		String landing = browser.get("/app?lang=en").html();
		assertThat(landing).contains("<link rel=\"prefetch\" href=\"" + library.group() + "\">");
		assertThat(browser.get(library.group()).status()).isEqualTo(200);
	}

	@Test
	void filtersShowAsBadgesEachRemovableByItsLink() {
		Page page = analyst().get(world.filtered("/app/dashboard", "&country=MX&crime=ASSAULT&lang=en"));
		String html = page.html();
		assertThat(html).contains("id=\"figure-recovered\">1<", "Recovery country: Mexico", "Crime: Assault",
				"aria-label=\"Remove the filter Crime: Assault\"");
		assertThat(html).contains("href=\"/app/dashboard?from=2020-01-01&amp;to=2020-12-31&amp;agency=" + world.world.agency
				+ "&amp;country=MX&amp;lang=en\"");
		assertThat(html).as("the language links keep every filter")
			.contains("/app/dashboard?from=2020-01-01&amp;to=2020-12-31&amp;agency=" + world.world.agency
					+ "&amp;country=MX&amp;crime=ASSAULT&amp;lang=fr");
	}

	@Test
	void numbersAndWordsFollowTheLanguage() {
		Page french = analyst().get(world.filtered("/app/dashboard", "&lang=fr"));
		assertThat(french.html()).contains("Tableau de bord des saisies", "Délai jusqu’au crime", "100,0",
				"\"overTime\":\"Saisies et traçages dans le temps\"", "\"lang\":\"fr\"");
		Page spanish = analyst().get(world.filtered("/app/dashboard", "&lang=es"));
		assertThat(spanish.html()).contains("Tablero de recuperaciones", "Menos de 3 meses");
	}

	@Test
	void anotherAgencysRecoveriesAreNotCounted() {
		Page page = analyst().get("/app/dashboard?from=2020-01-01&to=2020-12-31&agency=NOT-MINE&lang=en");
		assertThat(page.html()).doesNotContain("Agency: NOT-MINE");
		DashboardWorld other = new DashboardWorld(port);
		Page theirs = new PageBrowser(port).signIn(other.world.analyst, WebAppWorld.PASSWORD)
			.get("/app/dashboard?from=2020-01-01&to=2020-12-31&agency=" + world.world.agency + "&lang=en");
		assertThat(theirs.html()).contains("id=\"figure-recovered\">3<").doesNotContain("Agency: " + world.world.agency);
	}

	@Test
	void aPeriodNotUnderstoodIsSaidAndTheDefaultShown() {
		Page page = analyst().get("/app/dashboard?from=yesterday&lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("The period was not understood");
	}
}

package no.samhald.collection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Areas;
import no.samhald.insight.DashboardSeries;
import no.samhald.insight.DashboardSeriesSource.SeriesChoice;
import no.samhald.insight.Population;
import no.samhald.insight.PopulationGroup;
import no.samhald.insight.SeriesTable;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A closed collection's summable field as a series on insight's dashboards: per 1 000 inhabitants
 * of an age group, per municipality, region and the community, with the sensitive field's small
 * counts hidden wherever a sum would include them; and the dashboard shows it as a chart with a
 * table, without serious accessibility faults.
 */
@SamhaldTest
class CollectionSeriesIntegrationTests {

	static final Locale NN = Locale.forLanguageTag("nn");

	@LocalServerPort
	int port;

	@Autowired
	DashboardSeries series;

	@Autowired
	Collections collections;

	@Autowired
	CollectionResults results;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Areas areas;

	@Autowired
	Population population;

	@Test
	void closedCollectionsSummableFieldsAreTheChoicesNotPercentagesNorOpenOnes() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		List<String> labels = series.choices(sogn, NN).stream().map(SeriesChoice::label).toList();
		assertThat(labels).contains("Ledige sjukepleiarårsverk per 31.12. (Bemanning og innleige 2024, 2024)",
				"Utskrivingsklare pasientar som låg att på sjukehus (Utskrivingsklare pasientar og ØHD-senger 2024, 2024-Q3)");
		assertThat(labels).noneMatch(l -> l.contains("Bemanning og innleige 2025")).noneMatch(l -> l.startsWith("Belegg"));
		assertThat(series.choices(sogn, Locale.ENGLISH).stream().map(SeriesChoice::label))
			.contains("Vacant nurse FTEs at 31 Dec (Bemanning og innleige 2024, 2024)");
	}

	@Test
	void vacantNurseFtesPerThousandAged67PlusSumTheMunicipalitiesAnswers() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		DataCollection staffing = closed(sogn, "Bemanning og innleige 2024", "2024");
		Map<String, BigDecimal> byMunicipality = municipalityValues(sogn, staffing, 0);
		SeriesTable table = series.of(sogn, areas.resolve(sogn, sogn.slug()), "collection-" + staffing.id() + "-0",
				PopulationGroup.AGED_67_PLUS, NN);

		int year = population.observedYears().get(population.observedYears().size() - 1);
		assertThat(table.populationYear()).as("2024 is not observed: the latest year before it").isEqualTo(year);
		SeriesTable.Row community = table.rows().get(0);
		assertThat(community.area().id()).isEqualTo(sogn.slug());
		BigDecimal sum = byMunicipality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(community.value()).as("the health trust's answer is no municipality's").isEqualByComparingTo(sum);
		long aged67 = byMunicipality.keySet().stream().mapToLong(code -> aged67Plus(code, year)).sum();
		assertThat(community.population()).isEqualTo(aged67);
		assertThat(community.perThousand()).isCloseTo(sum.doubleValue() * 1000 / aged67, within(1e-9));
		assertThat(table.rows()).extracting(r -> r.area().kind())
			.contains(Area.Kind.REGION, Area.Kind.MUNICIPALITY);
		SeriesTable.Row kinn = table.rows().stream().filter(r -> r.area().id().equals("4602")).findFirst().orElseThrow();
		assertThat(kinn.value()).isEqualByComparingTo(byMunicipality.get("4602"));
		assertThat(kinn.answered()).isEqualTo(1);
	}

	@Test
	void aSensitiveFieldHidesEveryAreaThatIncludesAHiddenMunicipality() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		DataCollection q1 = closed(sogn, "Utskrivingsklare pasientar og ØHD-senger 2024", "2024-Q1");
		FieldResult result = results.of(sogn.id(), q1.id()).fields().get(0);
		Map<Long, String> codes = codes(sogn);
		Set<String> hidden = result.partners().stream().filter(ResultCell::suppressed)
			.map(c -> codes.get(Long.valueOf(c.key()))).collect(Collectors.toSet());
		assertThat(hidden).as("the demo's small municipalities have small counts").isNotEmpty();

		SeriesTable table = series.of(sogn, areas.resolve(sogn, sogn.slug()), "collection-" + q1.id() + "-0",
				PopulationGroup.ALL, NN);
		for (SeriesTable.Row row : table.rows()) {
			boolean includesHidden = row.area().municipalities().stream().anyMatch(hidden::contains);
			assertThat(row.hidden()).as(row.area().name()).isEqualTo(includesHidden);
			if (row.hidden()) {
				assertThat(row.value()).isNull();
				assertThat(row.perThousand()).isNull();
			}
		}
	}

	@Test
	void theDashboardShowsTheSeriesAsAChartWithATable() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		DataCollection staffing = closed(sogn, "Bemanning og innleige 2024", "2024");
		var browser = new Browser(port).reset();
		browser.open("/sogn-og-fjordane/insight/dashboard?area=4640&lang=en");
		browser.choose("#series", "Vacant nurse FTEs at 31 Dec (Bemanning og innleige 2024, 2024)");
		browser.choose("#per", "inhabitants aged 67 and over");
		browser.submit("#series-form");
		assertThat(browser.currentPath()).contains("series=collection-" + staffing.id() + "-0", "per=67", "area=4640");
		assertThat(browser.text("#table-series caption")).contains("Vacant nurse FTEs at 31 Dec", "aged 67 and over");
		assertThat(browser.text("#table-series")).contains("Sogndal", "Sogn og Fjordane").doesNotContain("2,022");
		assertThat(browser.findAll(".dashboard-series svg rect")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-dashboard-collection-series");

		browser.choose("#area", "Kinn").submit("form.filters");
		assertThat(browser.currentPath()).as("the area form keeps the series").contains("series=collection-");
		assertThat(browser.text("#table-series")).contains("Kinn");

		browser.open("/sogn-og-fjordane/collections/" + staffing.id() + "/results?lang=en");
		browser.clickAndWait("a[href*='series=collection-" + staffing.id() + "-1']");
		assertThat(browser.text("#table-series caption")).contains("Temp-agency spend", "aged 67 and over");
	}

	@Test
	void anOpenCollectionsResultsDoNotLinkToTheDashboard() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		long open = collections.all(sogn.id()).stream().filter(DataCollection::isOpen).findFirst().orElseThrow().id();
		var browser = new Browser(port).reset();
		browser.open("/sogn-og-fjordane/collections/" + open + "/results");
		assertThat(browser.findAll("a[href*='series=']")).isEmpty();
		browser.open("/sogn-og-fjordane/insight/dashboard?lang=nn&series=collection-" + open + "-0");
		assertThat(browser.pageText()).contains("Det valde talet finst ikkje");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}


	private DataCollection closed(Community community, String title, String period) {
		return collections.all(community.id()).stream()
			.filter(c -> c.title().equals(title) && c.period().equals(period) && !c.isOpen())
			.findFirst().orElseThrow();
	}

	private Map<String, BigDecimal> municipalityValues(Community community, DataCollection collection, int position) {
		Map<Long, String> codes = codes(community);
		return results.of(community.id(), collection.id()).fields().get(position).partners().stream()
			.filter(c -> codes.containsKey(Long.valueOf(c.key())) && c.number() != null)
			.collect(Collectors.toMap(c -> codes.get(Long.valueOf(c.key())), ResultCell::number));
	}

	private Map<Long, String> codes(Community community) {
		return partners.all(community.id()).stream().filter(p -> p.isMunicipality() && p.municipalityCode() != null)
			.collect(Collectors.toMap(Partner::id, p -> p.municipalityCode().strip()));
	}

	private long aged67Plus(String code, int year) {
		var byAge = population.observed(code, year);
		long sum = 0;
		for (int age = 67; age < byAge.males().length; age++) {
			sum += byAge.males()[age] + byAge.females()[age];
		}
		return sum;
	}

}

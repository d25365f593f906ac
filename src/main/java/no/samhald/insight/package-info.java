/**
 * Insight (kunnskapsgrunnlag): the shared knowledge base of a community — SSB's population by
 * municipality, sex and single-year age (table 07459), projections (cohort-change, cohort-component
 * and SSB's official projection, table 14288) and the steering indicators the partners plan from.
 * <p>
 * Population data is national and stored once; a community's scope is which municipalities an
 * area covers (one municipality, one of its regions, all its municipality partners, or the
 * nation). The maths lives in {@code insight.engine}, free of Spring so that it is unit-tested and
 * benchmarked on its own.
 * <p>
 * API: {@link no.samhald.insight.Population} (imports and observed counts),
 * {@link no.samhald.insight.Projections}, {@link no.samhald.insight.Indicators},
 * {@link no.samhald.insight.ServiceRates}; event {@link no.samhald.insight.PopulationImported}; and the
 * interface {@link no.samhald.insight.DashboardSeriesSource}, by which modules that depend on insight
 * (a collection's fields) give the dashboards figures per municipality to show per inhabitant
 * ({@link no.samhald.insight.DashboardSeries}).
 * <p>
 * Glossary: population = folkemengd · projection = framskriving · indicator = styringsindikator ·
 * old-age dependency = forsørgjarbrøk / yrkesaktive per pensjonist · frail elderly = skrøpelege eldre ·
 * full-time equivalent = årsverk · home-care = heimeteneste · nursing home = sjukeheim.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight", allowedDependencies = { "platform", "community", "partnership" })
package no.samhald.insight;

/**
 * Collection (kartlegging): a coordinator asks chosen partners for figures that no public table
 * holds (vacancies, temp-agency spend, purchased services, beds); each partner's contact fills in
 * the partner's answer as a draft, submits it and may correct it until the coordinator closes the
 * collection; every value keeps who entered it and when. Results per field (total, per region, per
 * partner) are public, with small counts of sensitive fields suppressed by the same rule as the
 * deviation statistics.
 * <p>
 * Its API: {@link no.samhald.collection.Collections} (define, answer, close, read),
 * {@link no.samhald.collection.CollectionResults} (results), the value types, and
 * {@link no.samhald.collection.Collections#awaitingAnswers()} for reminders. It gives insight's
 * dashboards the summable fields of closed collections as series ({@code insight.DashboardSeriesSource}):
 * collection depends on insight, insight knows no collection.
 * <p>
 * Glossary: collection = kartlegging · field = felt · answer = svar · draft = utkast · submitted =
 * sendt inn · closed = lukka · sensitive = sensitiv (small counts hidden).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collection", allowedDependencies = { "platform", "community", "partnership", "insight" })
package no.samhald.collection;

/**
 * Deviation (samhandlingsavvik): a health worker reports a breach in the collaboration between
 * municipality and hospital, without any patient identity; the report is routed to the receiving
 * partner, who answers with an improvement measure before a deadline; statistics for learning
 * suppress small cells.
 * <p>
 * Its API: {@link no.samhald.deviation.Deviations} (report, read, handle, answer, close, statistics),
 * the value types, and the events {@link no.samhald.deviation.DeviationReported} and
 * {@link no.samhald.deviation.DeviationAnswered}.
 * <p>
 * Glossary: deviation = (samhandlings)avvik · reporting partner = meldande partnar · receiving
 * partner = mottakande partnar · improvement measure = forbetringstiltak · answer deadline =
 * svarfrist · fødselsnummer/D-nummer = national identity number · received = motteke ·
 * in progress = under handsaming · answered = svara · closed = lukka.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deviation", allowedDependencies = { "platform", "community", "partnership", "plan" })
package no.samhald.deviation;

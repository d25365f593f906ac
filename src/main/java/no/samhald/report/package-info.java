/**
 * Report (rapportar): documents generated from the other modules' data — the status report of an
 * action plan and the annual report (årsmelding) of a community — as a page, PDF and DOCX, from
 * one neutral {@link no.samhald.report.ReportDocument} so the three formats never drift apart.
 * A coordinator's own introduction and closing words of an annual report, and their words for
 * each of its sections, are stored here.
 * <p>
 * Glossary: annual report = årsmelding · status report = statusrapport · closing words =
 * avsluttande ord.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report", allowedDependencies = { "platform", "platform :: documents", "community", "partnership", "meeting", "plan", "project", "agreement", "funding", "event", "deviation", "collection", "network" })
package no.samhald.report;

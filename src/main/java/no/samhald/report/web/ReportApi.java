package no.samhald.report.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.report.ActionPlanReports;
import no.samhald.report.AnnualReports;
import no.samhald.report.ReportDocument;

/**
 * The reports as JSON under {@code /api/v1/communities/{community}/reports}, in the caller's
 * language; the public sees what the meeting module lets it see (approved, public decisions).
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/reports")
record ReportApi(ActionPlanReports planReports, AnnualReports annualReports) {

	@GetMapping("/action-plans/{id}")
	ReportDocument actionPlan(Community community, @PathVariable long id, Locale locale) {
		return planReports.statusReport(community, id, locale);
	}

	@GetMapping("/annual/{year}")
	ReportDocument annual(Community community, @PathVariable int year, Locale locale) {
		return annualReports.annualReport(community, year, locale);
	}

}

package no.samhald.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.documents.Downloads;
import no.samhald.platform.FormSubmission;
import no.samhald.report.ActionPlanReports;
import no.samhald.report.AnnualReports;
import no.samhald.report.AnnualText;
import no.samhald.report.ReportDocument;

/** The reports page, the action-plan status report and the annual report, each as page, PDF and DOCX. */
@Controller
@RequestMapping("/{community}/reports")
record ReportController(ActionPlanReports planReports, AnnualReports annualReports, ReportFiles files, Access access,
		Clock clock) {

	private static final int YEARS_LISTED = 5;

	@GetMapping
	String index(Community community, Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("plans", planReports.plans(community));
		model.addAttribute("years", IntStream.range(0, YEARS_LISTED).map(i -> thisYear - i).boxed().toList());
		model.addAttribute("firstYear", AnnualReports.FIRST_YEAR);
		model.addAttribute("lastYear", AnnualReports.LAST_YEAR);
		return "report/index";
	}

	/** The year typed into the reports page: to its annual report, or back with the error beside the field. */
	@GetMapping("/annual")
	String chooseYear(Community community, @RequestParam(required = false) String year, Model model) {
		String typed = year == null ? "" : year.strip();
		if (typed.matches("\\d{4}") && AnnualReports.isReportYear(Integer.parseInt(typed))) {
			return community.redirectTo("/reports/annual/" + typed);
		}
		model.addAttribute("typedYear", typed);
		model.addAttribute("yearError", true);
		return index(community, model);
	}

	@GetMapping("/action-plans/{id}")
	String planPage(Community community, @PathVariable long id, Model model, Locale locale) {
		return page(planReports.statusReport(community, id, locale), "/" + community.slug() + "/reports/action-plans/" + id,
				null, model);
	}

	@GetMapping("/action-plans/{id}/report.pdf")
	ResponseEntity<byte[]> planPdf(Community community, @PathVariable long id, Locale locale) {
		ReportDocument report = planReports.statusReport(community, id, locale);
		return file(files.pdf(report, locale), MediaType.APPLICATION_PDF, report, "pdf");
	}

	@GetMapping("/action-plans/{id}/report.docx")
	ResponseEntity<byte[]> planDocx(Community community, @PathVariable long id, Locale locale) {
		ReportDocument report = planReports.statusReport(community, id, locale);
		return file(files.docx(report), Downloads.DOCX, report, "docx");
	}

	@GetMapping("/annual/{year}")
	String annualPage(Community community, @PathVariable int year, Model model, Locale locale) {
		String base = "/" + community.slug() + "/reports/annual/" + year;
		return page(annualReports.annualReport(community, year, locale), base,
				access.canCoordinate(community.slug()) ? base + "/edit" : null, model);
	}

	@GetMapping("/annual/{year}/report.pdf")
	ResponseEntity<byte[]> annualPdf(Community community, @PathVariable int year, Locale locale) {
		ReportDocument report = annualReports.annualReport(community, year, locale);
		return file(files.pdf(report, locale), MediaType.APPLICATION_PDF, report, "pdf");
	}

	@GetMapping("/annual/{year}/report.docx")
	ResponseEntity<byte[]> annualDocx(Community community, @PathVariable int year, Locale locale) {
		ReportDocument report = annualReports.annualReport(community, year, locale);
		return file(files.docx(report), Downloads.DOCX, report, "docx");
	}

	@GetMapping("/annual/{year}/edit")
	String editTexts(Community community, @PathVariable int year, Model model, Locale locale) {
		access.requireCoordinator(community.slug());
		Map<String, String> headings = annualReports.sectionHeadings(community, year, locale);
		return textForm(year, AnnualTextForm.of(annualReports.text(community, year), headings.keySet()), headings, model);
	}

	@PostMapping("/annual/{year}")
	String saveTexts(Community community, @PathVariable int year,
			@Valid @ModelAttribute("texts") AnnualTextForm form, BindingResult result, Model model, Locale locale) {
		access.requireCoordinator(community.slug());
		Map<String, String> headings = annualReports.sectionHeadings(community, year, locale);
		return FormSubmission.update(result, model, form, () -> {
			// what the other person saved, shown so that nothing of theirs is lost when this person saves over it
			AnnualText stored = annualReports.text(community, year);
			model.addAttribute("stored", stored);
			return stored;
		}, () -> {
			annualReports.saveText(community, year, form.toCommand());
			return community.redirectTo("/reports/annual/" + year + "?saved");
		}, () -> textForm(year, form, headings, model));
	}

	/** The form; {@code headings} names each section's field (by section id) and the sections in a conflict. */
	private static String textForm(int year, AnnualTextForm form, Map<String, String> headings, Model model) {
		model.addAttribute("texts", form);
		model.addAttribute("headings", headings);
		model.addAttribute("year", year);
		return "report/textsForm";
	}

	private static String page(ReportDocument report, String base, String editLink, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("base", base);
		model.addAttribute("editLink", editLink);
		return "report/document";
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ReportDocument report, String extension) {
		return Downloads.attachment(body, type, Downloads.fileName(report.title()) + "." + extension);
	}

}

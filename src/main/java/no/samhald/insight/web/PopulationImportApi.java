package no.samhald.insight.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import no.samhald.community.Community;
import no.samhald.insight.ImportPreview;
import no.samhald.insight.ImportRejectedException;
import no.samhald.insight.ImportReport;
import no.samhald.insight.Population;

/**
 * The imports of SSB's population as JSON under {@code /api/v1/communities/{community}}: the list,
 * adding years, and replacing years after a preview. A rejected file answers every problem in it.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}")
record PopulationImportApi(Population population, MessageSource messages) {

	@GetMapping("/population/imports")
	List<ImportReport> imports(Community community) {
		return population.imports();
	}

	/** Adds years; with {@code replace=true} answers what would change (the preview) and stores nothing yet. */
	@PostMapping(path = "/population/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(Community community, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean replace) throws IOException {
		return importOrPreview(community, file.getOriginalFilename(), file.getBytes(), replace);
	}

	@PostMapping("/population/imports")
	ResponseEntity<?> importBody(Community community, @RequestBody byte[] body,
			@RequestParam(required = false) String fileName, @RequestParam(defaultValue = "false") boolean replace) {
		return importOrPreview(community, fileName, body, replace);
	}

	/** Commits a replacement the same administrator previewed. */
	@PostMapping("/population/imports/previews/{id}")
	ResponseEntity<ImportReport> confirm(Community community, @PathVariable long id) {
		return created(community, population.confirm(community, id));
	}

	private ResponseEntity<?> importOrPreview(Community community, String fileName, byte[] content, boolean replace) {
		if (replace) {
			ImportPreview preview = population.preview(community, fileName, content);
			return ResponseEntity.ok()
				.location(URI.create("/api/v1/communities/" + community.slug() + "/population/imports/previews/" + preview.id()))
				.body(preview);
		}
		return created(community, population.importFile(fileName, content, community.slug()));
	}

	private static ResponseEntity<ImportReport> created(Community community, ImportReport report) {
		if (report.changedNothing()) {
			return ResponseEntity.ok(report);
		}
		return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/population/imports"))
			.body(report);
	}

	/** Every problem in the file, each with line, column and value as well as the sentence. */
	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex, HttpServletRequest request, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.importProblems().size() + " problem(s) in the file; nothing was imported.");
		problem.setTitle(messages.getMessage("insight.import.rejected", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		var errors = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < ex.importProblems().size(); i++) {
			var p = ex.importProblems().get(i);
			var field = ex.problems().get(i);
			var error = new java.util.LinkedHashMap<String, Object>();
			error.put("field", "file");
			error.put("kind", p.kind().name());
			error.put("line", p.line());
			error.put("column", p.column());
			error.put("value", p.value());
			error.put("message", messages.getMessage(field.messageKey(), field.arguments(), field.messageKey(), locale));
			errors.add(error);
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

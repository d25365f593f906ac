package no.samhald.meeting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

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
import no.samhald.meeting.Attachment;
import no.samhald.meeting.Attachments;
import no.samhald.meeting.Case;
import no.samhald.meeting.CaseType;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Matters;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Meetings;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.PageAction;

@Controller
@RequestMapping("/{community}")
record CaseController(Cases cases, Meetings meetings, Matters matters, Attachments attachments, MeetingPages pages,
		Access access) {

	private static final String FORM = "meeting/caseForm";

	@GetMapping("/cases/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		Case item = cases.get(community, id);
		Meeting meeting = meetings.get(community, item.meetingId());
		model.addAttribute("item", item);
		model.addAttribute("meeting", meeting);
		model.addAttribute("forums", meetings.forumsById(community));
		var people = pages.peopleById(community);
		model.addAttribute("people", people);
		model.addAttribute("attachments", attachments.of(community, item));
		matters.of(community, item).ifPresent(m -> {
			model.addAttribute("matter", m);
			model.addAttribute("matterCases", cases.ofMatter(community, m.id()));
		});
		if (!model.containsAttribute("decisionText")) {
			model.addAttribute("decisionText", item.proposal());
		}
		if (!model.containsAttribute("disqualification")) {
			model.addAttribute("disqualification", new DisqualificationForm());
		}
		model.addAttribute("participantOptions", meeting.participants().stream()
			.map(p -> new Option(p.personId(), people.get(p.personId()).name())).toList());
		return "meeting/case";
	}

	@GetMapping("/meetings/{meetingId}/cases/new")
	String newForm(Community community, @PathVariable long meetingId, Model model) {
		access.requireKeeperOfForum(community.slug(), meetings.get(community, meetingId).forumId());
		return form(community, meetingId, new CaseForm(), null, model);
	}

	@PostMapping("/meetings/{meetingId}/cases")
	String create(Community community, @PathVariable long meetingId,
			@Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result, Model model) {
		access.requireKeeperOfForum(community.slug(), meetings.get(community, meetingId).forumId());
		return FormSubmission.save(result, () -> {
			Case saved = cases.add(community, meetingId, form.toCommand());
			return community.redirectTo("/cases/" + saved.id() + "?saved");
		}, () -> form(community, meetingId, form, null, model));
	}

	@GetMapping("/cases/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		Case item = cases.get(community, id);
		access.requireKeeperOfForum(community.slug(), item.forumId());
		return form(community, item.meetingId(), CaseForm.of(item), id, model);
	}

	@PostMapping("/cases/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("caseForm") CaseForm form,
			BindingResult result, Model model) {
		Case current = cases.get(community, id);
		access.requireKeeperOfForum(community.slug(), current.forumId());
		return FormSubmission.update(result, model, form, () -> {
			Case stored = cases.get(community, id);
			model.addAttribute("stored", stored);
			return stored;
		}, () -> {
			cases.update(community, id, form.toCommand());
			return community.redirectTo("/cases/" + id + "?saved");
		}, () -> form(community, current.meetingId(), form, id, model));
	}

	@PostMapping("/cases/{id}/decision")
	String decide(Community community, @PathVariable long id, @RequestParam(defaultValue = "") String decision,
			@RequestParam int version, Model model) {
		return PageAction.run(model, () -> {
			cases.decide(community, id, decision, version);
			return community.redirectTo("/cases/" + id + "?decided");
		}, () -> {
			model.addAttribute("decisionText", decision);
			return detail(community, id, model);
		});
	}

	@PostMapping("/cases/{id}/disqualifications")
	String disqualify(Community community, @PathVariable long id,
			@Valid @ModelAttribute("disqualification") DisqualificationForm form, BindingResult result, Model model) {
		// a wrong person or reason comes back beside its field; a locked meeting as the page's problem
		return PageAction.run(model, () -> FormSubmission.save(result, () -> {
			cases.disqualify(community, id, form.personId, form.clear ? null : form.reason);
			return community.redirectTo("/cases/" + id + "?disqualificationSaved#disqualifications");
		}, () -> detail(community, id, model)), () -> detail(community, id, model));
	}

	@PostMapping("/cases/{id}/attachments")
	String attach(Community community, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		byte[] content = file.getBytes();
		return PageAction.run(model, () -> {
			attachments.attach(community, id, file.getOriginalFilename(), content);
			return community.redirectTo("/cases/" + id + "?attached#attachments");
		}, () -> detail(community, id, model));
	}

	@GetMapping("/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(Community community, @PathVariable long id, @PathVariable long attachmentId) {
		Attachment attachment = attachments.of(community, cases.get(community, id)).stream()
			.filter(a -> a.id() == attachmentId).findFirst()
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachments.content(community, id, attachmentId));
	}

	private String form(Community community, long meetingId, CaseForm form, Long id, Model model) {
		Meeting meeting = meetings.get(community, meetingId);
		model.addAttribute("caseForm", form);
		model.addAttribute("caseId", id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("forum", meetings.forumsById(community).get(meeting.forumId()));
		model.addAttribute("types", CaseType.values());
		model.addAttribute("matterList", matters.all(community));
		return FORM;
	}

}

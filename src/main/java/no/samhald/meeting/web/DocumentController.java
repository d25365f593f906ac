package no.samhald.meeting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.web.MeetingDocuments.Kind;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.documents.Downloads;
import no.samhald.platform.NotFoundException;

/** Downloads of the notice and the minutes as PDF and DOCX. */
@Controller
@RequestMapping("/{community}/meetings/{id}")
record DocumentController(MeetingPages pages, MeetingDocuments documents, Access access) {

	@GetMapping("/notice.pdf")
	ResponseEntity<byte[]> noticePdf(Community community, @PathVariable long id, Locale locale) {
		var model = model(community, id, Kind.NOTICE);
		return Downloads.inline(documents.pdf(Kind.NOTICE, model.asMap(), locale), MediaType.APPLICATION_PDF, name(model, "notice", "pdf"));
	}

	@GetMapping("/notice.docx")
	ResponseEntity<byte[]> noticeDocx(Community community, @PathVariable long id, Locale locale) {
		var model = model(community, id, Kind.NOTICE);
		return Downloads.inline(documents.docx(Kind.NOTICE, model.asMap(), locale), Downloads.DOCX, name(model, "notice", "docx"));
	}

	@GetMapping("/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(Community community, @PathVariable long id, Locale locale) {
		var model = model(community, id, Kind.MINUTES);
		return Downloads.inline(documents.pdf(Kind.MINUTES, model.asMap(), locale), MediaType.APPLICATION_PDF, name(model, "minutes", "pdf"));
	}

	@GetMapping("/minutes.docx")
	ResponseEntity<byte[]> minutesDocx(Community community, @PathVariable long id, Locale locale) {
		var model = model(community, id, Kind.MINUTES);
		return Downloads.inline(documents.docx(Kind.MINUTES, model.asMap(), locale), Downloads.DOCX, name(model, "minutes", "docx"));
	}

	/** The public gets minutes only once they are approved. */
	private ExtendedModelMap model(Community community, long id, Kind kind) {
		var model = new ExtendedModelMap();
		model.addAttribute("community", community);
		Meeting meeting = pages.addTo(model, community, id);
		if (kind == Kind.MINUTES && !meeting.isLocked() && !access.isMemberOf(community.slug())) {
			throw new NotFoundException("minutes of meeting", id);
		}
		return model;
	}

	private static String name(ExtendedModelMap model, String what, String extension) {
		Meeting meeting = (Meeting) model.get("meeting");
		var forum = (Forum) model.get("forum");
		return Downloads.fileName(forum.label()) + "-" + meeting.startsAt().toLocalDate() + "-" + what + "."
				+ extension;
	}

}

package no.samhald.meeting.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.samhald.community.Community;
import no.samhald.meeting.Attendance;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingCancellations;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/meetings")
record MeetingController(Meetings meetings, MeetingPages pages, Access access, MeetingCancellations cancellations) {

	private static final String FORM = "meeting/meetingForm";

	@GetMapping
	String list(Community community, @RequestParam(required = false) Long forum,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		var pagination = Pagination.of(page, size, meetings.countVisible(community, forum), UriComponentsBuilder
			.fromPath("/" + community.slug() + "/meetings").queryParamIfPresent("forum", Optional.ofNullable(forum)));
		model.addAttribute("meetings", meetings.visiblePage(community, forum, pagination.offset(), pagination.size()));
		model.addAttribute("pagination", pagination);
		model.addAttribute("forums", meetings.forumsById(community));
		model.addAttribute("selectedForum", forum);
		model.addAttribute("keptForums", meetings.keptForums(community));
		return "meeting/meetings";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		Meeting meeting = pages.addTo(model, community, id);
		if (!model.containsAttribute("attendance")) {
			model.addAttribute("attendance", AttendanceForm.of(meeting));
		}
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("attendances", Attendance.values());
		return "meeting/meeting";
	}

	@GetMapping("/new")
	String newForm(Community community, @RequestParam(required = false) Long forumId, Model model) {
		requireKeeper(community, forumId);
		var form = new MeetingForm();
		form.forumId = forumId;
		return form(community, form, null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			Model model) {
		requireKeeper(community, form.forumId);
		return FormSubmission.save(result, () -> {
			Meeting saved = meetings.plan(community, form.toCommand());
			return community.redirectTo("/meetings/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		Meeting meeting = meetings.get(community, id);
		access.requireKeeperOfForum(community.slug(), meeting.forumId());
		return form(community, MeetingForm.of(meeting), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model) {
		access.requireKeeperOfForum(community.slug(), meetings.get(community, id).forumId());
		return FormSubmission.update(result, model, form, () -> meetings.get(community, id), () -> {
			meetings.update(community, id, form.toCommand());
			return community.redirectTo("/meetings/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	@PostMapping("/{id}/status")
	String status(Community community, @PathVariable long id, @RequestParam MeetingStatus status) {
		meetings.changeStatus(community, id, status);
		return community.redirectTo("/meetings/" + id + "?statusChanged");
	}

	/** Asks for a confirmation (and an optional reason) before cancelling: cancelling is final. */
	@GetMapping("/{id}/cancel")
	String cancelForm(Community community, @PathVariable long id, Model model) {
		Meeting meeting = meetings.get(community, id);
		access.requireKeeperOfForum(community.slug(), meeting.forumId());
		return cancelPage(community, meeting, CancelForm.of(meeting), model);
	}

	@PostMapping("/{id}/cancel")
	String cancel(Community community, @PathVariable long id, @Valid @ModelAttribute("cancelForm") CancelForm form,
			BindingResult result, Model model) {
		access.requireKeeperOfForum(community.slug(), meetings.get(community, id).forumId());
		return FormSubmission.update(result, model, form, () -> meetings.get(community, id), () -> {
			cancellations.cancel(community, id, form.reason, form.version);
			return community.redirectTo("/meetings/" + id + "?cancelled");
		}, () -> cancelPage(community, meetings.get(community, id), form, model));
	}

	private String cancelPage(Community community, Meeting meeting, CancelForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("forum", meetings.forumsById(community).get(meeting.forumId()));
		model.addAttribute("cancelForm", form);
		return "meeting/cancel";
	}

	@PostMapping("/{id}/attendance")
	String attendance(Community community, @PathVariable long id, @ModelAttribute("attendance") AttendanceForm form,
			BindingResult result, Model model) {
		access.requireKeeperOfForum(community.slug(), meetings.get(community, id).forumId());
		return FormSubmission.update(result, model, form, () -> meetings.get(community, id), () -> {
			meetings.recordAttendance(community, id, form.entries(), form.version);
			return community.redirectTo("/meetings/" + id + "?attendanceSaved#attendance");
		}, () -> detail(community, id, model));
	}

	@PostMapping("/{id}/participants")
	String refreshParticipants(Community community, @PathVariable long id) {
		meetings.refreshParticipants(community, id);
		return community.redirectTo("/meetings/" + id + "?participantsRefreshed#attendance-heading");
	}

	/** Shows the form only to whom the service would let save it: a keeper of the forum (or of some forum, when none is chosen). */
	private void requireKeeper(Community community, Long forumId) {
		if (forumId != null) {
			access.requireKeeperOfForum(community.slug(), forumId);
		}
		else if (meetings.keptForums(community).isEmpty()) {
			throw new AccessDeniedException("Keeps no forum of " + community.slug());
		}
	}

	/**
	 * The form; it offers the forums the person keeps, and a meeting's forum is fixed once
	 * planned, so its edit form offers only that forum.
	 */
	private String form(Community community, MeetingForm form, Long id, Model model) {
		model.addAttribute("meetingForm", form);
		model.addAttribute("meetingId", id);
		model.addAttribute("forumList", meetings.keptForums(community).stream()
			.filter(f -> id == null || f.id().equals(form.forumId))
			.sorted(Comparator.comparing(Forum::name)).toList());
		return FORM;
	}

}

package no.samhald.meeting.web;

import jakarta.validation.Valid;
import java.util.Comparator;

import org.springframework.dao.OptimisticLockingFailureException;
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
import no.samhald.meeting.Attendance;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingDetails;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;

@Controller
@RequestMapping("/{community}/meetings")
class MeetingController {

	private static final String FORM = "meeting/meetingForm";

	private final Meetings meetings;

	private final MeetingPages pages;

	private final Access access;

	MeetingController(Meetings meetings, MeetingPages pages, Access access) {
		this.meetings = meetings;
		this.pages = pages;
		this.access = access;
	}

	@GetMapping
	String list(Community community, @RequestParam(required = false) Long forum, Model model) {
		model.addAttribute("meetings", meetings.visible(community).stream()
			.filter(m -> forum == null || m.forumId().equals(forum)).toList());
		model.addAttribute("forums", meetings.forumsById(community));
		model.addAttribute("selectedForum", forum);
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
		access.requireCoordinator(community.slug());
		var details = new MeetingDetails();
		details.setForumId(forumId);
		return form(community, details, null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("meetingDetails") MeetingDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		if (result.hasErrors()) {
			return form(community, details, null, model);
		}
		try {
			Meeting saved = meetings.plan(community, details);
			return "redirect:/" + community.slug() + "/meetings/" + saved.id() + "?saved";
		}
		catch (InvalidInputException ex) {
			ex.rejectInto(result);
			return form(community, details, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, MeetingDetails.of(meetings.get(community, id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id,
			@Valid @ModelAttribute("meetingDetails") MeetingDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		if (result.hasErrors()) {
			return form(community, details, id, model);
		}
		try {
			meetings.update(community, id, details);
			return "redirect:/" + community.slug() + "/meetings/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			ex.rejectInto(result);
			return form(community, details, id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			Meeting stored = meetings.get(community, id);
			model.addAttribute("conflict", details.fieldsChangedIn(stored));
			details.setVersion(stored.version());
			return form(community, details, id, model);
		}
	}

	@PostMapping("/{id}/status")
	String status(Community community, @PathVariable long id, @RequestParam MeetingStatus status) {
		meetings.changeStatus(community, id, status);
		return "redirect:/" + community.slug() + "/meetings/" + id + "?statusChanged";
	}

	@PostMapping("/{id}/attendance")
	String attendance(Community community, @PathVariable long id, @ModelAttribute("attendance") AttendanceForm form,
			Model model) {
		try {
			meetings.recordAttendance(community, id, form.entries(), form.getVersion());
			return "redirect:/" + community.slug() + "/meetings/" + id + "?attendanceSaved#attendance";
		}
		catch (OptimisticLockingFailureException | ConflictException ex) {
			model.addAttribute("attendanceConflict", true);
			// A second save is a deliberate overwrite of what the person now sees.
			form.setVersion(meetings.get(community, id).version());
			return detail(community, id, model);
		}
	}

	@PostMapping("/{id}/participants")
	String refreshParticipants(Community community, @PathVariable long id) {
		meetings.refreshParticipants(community, id);
		return "redirect:/" + community.slug() + "/meetings/" + id + "?participantsRefreshed#attendance-heading";
	}

	private String form(Community community, MeetingDetails details, Long id, Model model) {
		model.addAttribute("meetingDetails", details);
		model.addAttribute("meetingId", id);
		model.addAttribute("forumList", meetings.forumsById(community).values().stream()
			.sorted(Comparator.comparing(Forum::name)).toList());
		return FORM;
	}

}

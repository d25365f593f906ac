package no.samhald.work.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.work.MyWork;
import no.samhald.work.Task;
import no.samhald.work.TaskKind;

/** What is overdue in a community, for its coordinators, all kinds or one. */
@Controller
record OverdueController(MyWork myWork) {

	@GetMapping("/{community}/overdue")
	String overdue(Community community, @RequestParam(required = false) TaskKind kind, Model model) {
		Map<TaskKind, List<Task>> overdue = myWork.overdueIn(community);
		if (kind != null) {
			overdue.keySet().removeIf(k -> k != kind);
		}
		model.addAttribute("overdue", overdue);
		model.addAttribute("kind", kind);
		model.addAttribute("today", myWork.today());
		return "work/overdue";
	}

}

package no.samhald.work.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samhald.community.Communities;
import no.samhald.platform.Access;
import no.samhald.work.CalendarFeeds;
import no.samhald.work.MyWork;
import no.samhald.work.Task;

/** "Mitt arbeid": the signed-in person's tasks, and the address of their calendar feed. */
@Controller
@RequestMapping("/my-work")
record MyWorkController(MyWork myWork, CalendarFeeds feeds, Access access, Communities communities) {

	@GetMapping
	String page(Model model) {
		if (!access.isSignedIn()) {
			return "redirect:/login";
		}
		List<Task> tasks = myWork.tasks();
		model.addAttribute("tasks", tasks);
		model.addAttribute("communityNames", communityNames(tasks));
		model.addAttribute("hasFeed", feeds.exists());
		model.addAttribute("today", myWork.today());
		return "work/my-work";
	}

	/**
	 * The names of the communities the tasks come from, by slug. An account belongs to one
	 * community, but a scoped role (a forum's secretary, a partner's contact) can give work in
	 * another; the page shows the community column only when more than one occurs.
	 */
	private Map<String, String> communityNames(List<Task> tasks) {
		var names = new LinkedHashMap<String, String>();
		tasks.stream().map(Task::communitySlug).distinct()
			.forEach(slug -> communities.findBySlug(slug).ifPresent(c -> names.put(slug, c.name())));
		return names;
	}

	/** Makes a new feed address, shown once; the previous one stops working. */
	@PostMapping("/calendar-feed")
	String renewFeed(RedirectAttributes redirect) {
		String token = feeds.renew();
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(CalendarFeedController.PATH + "/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
		redirect.addFlashAttribute("feedUrl", url);
		return "redirect:/my-work#calendar-feed";
	}

}

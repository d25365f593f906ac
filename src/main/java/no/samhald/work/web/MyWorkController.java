package no.samhald.work.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samhald.platform.Access;
import no.samhald.work.CalendarFeeds;
import no.samhald.work.MyWork;

/** "Mitt arbeid": the signed-in person's tasks, and the address of their calendar feed. */
@Controller
@RequestMapping("/my-work")
class MyWorkController {

	private final MyWork myWork;

	private final CalendarFeeds feeds;

	private final Access access;

	MyWorkController(MyWork myWork, CalendarFeeds feeds, Access access) {
		this.myWork = myWork;
		this.feeds = feeds;
		this.access = access;
	}

	@GetMapping
	String page(Model model) {
		if (!access.isSignedIn()) {
			return "redirect:/login";
		}
		model.addAttribute("tasks", myWork.tasks());
		model.addAttribute("hasFeed", feeds.exists());
		model.addAttribute("today", myWork.today());
		return "work/my-work";
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

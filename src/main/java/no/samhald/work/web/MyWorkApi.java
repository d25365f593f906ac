package no.samhald.work.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.work.MyWork;
import no.samhald.work.Task;

/** The signed-in person's tasks as JSON, in the order of the "Mitt arbeid" page. */
@RestController
@RequestMapping("/api/v1/me")
record MyWorkApi(MyWork myWork) {

	/** What waits for the person across their communities, overdue first; links are paths. */
	@GetMapping("/tasks")
	List<Task> tasks() {
		return myWork.tasks();
	}

}

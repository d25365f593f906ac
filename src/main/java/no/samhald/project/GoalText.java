package no.samhald.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Goals and sub-goals as a person writes them in one text box: one per line, and a sub-goal's
 * points on the lines below it, each starting with a dash. Numbering typed in front is dropped,
 * since the pages number the goals themselves.
 */
final class GoalText {

	private static final Pattern NUMBERING = Pattern.compile("^\\d+\\s*[.)]\\s*");

	private static final Pattern POINT = Pattern.compile("^[-–•*]\\s*");

	private GoalText() {
	}

	/** The goals of the text; {@code null} when a point comes before any goal it could belong to. */
	static List<Goal> parse(String text) {
		var goals = new ArrayList<Goal>();
		if (text == null) {
			return goals;
		}
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (POINT.matcher(line).find()) {
				if (goals.isEmpty()) {
					return null;
				}
				Goal last = goals.remove(goals.size() - 1);
				var points = new ArrayList<>(last.points());
				points.add(POINT.matcher(line).replaceFirst("").strip());
				goals.add(new Goal(0, last.text(), List.copyOf(points)));
			}
			else {
				goals.add(new Goal(0, NUMBERING.matcher(line).replaceFirst("").strip(), List.of()));
			}
		}
		return goals;
	}

	static String format(List<Goal> goals) {
		return goals.stream()
			.map(g -> g.text() + g.points().stream().map(p -> "\n- " + p).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

}

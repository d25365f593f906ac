package no.samhald.project.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.samhald.project.Milestone;
import no.samhald.project.Project;

/**
 * The geometry of the drawn timeline: the project period as a bar, a tick for each new year and
 * one row per milestone. The drawing is only a picture of the table printed with it, so it is
 * hidden from screen readers and carries no data of its own.
 */
record TimelineChart(int width, int height, Bar period, List<Tick> ticks, List<Point> points) {

	private static final int WIDTH = 760;

	private static final int MARGIN = 24;

	private static final int TOP = 56;

	private static final int ROW = 30;

	private static final int LABEL_LENGTH = 46;

	/** The chart, or null when there is nothing dated to draw. */
	static TimelineChart of(Project project, List<Milestone> milestones) {
		List<LocalDate> days = Stream.concat(Stream.of(project.startDate(), project.endDate()),
				milestones.stream().map(Milestone::day)).filter(d -> d != null).sorted().toList();
		if (days.isEmpty() || milestones.isEmpty()) {
			return null;
		}
		LocalDate from = days.get(0);
		LocalDate to = days.get(days.size() - 1);
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		var scale = new Scale(from, span);
		Bar period = project.startDate() == null || project.endDate() == null ? null
				: new Bar(scale.x(project.startDate()), scale.x(project.endDate()));
		// The first year is marked where the chart begins, the others where they begin.
		var ticks = new ArrayList<Tick>();
		ticks.add(new Tick(scale.x(from), String.valueOf(from.getYear())));
		for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
			ticks.add(new Tick(scale.x(LocalDate.of(year, 1, 1)), String.valueOf(year)));
		}
		var points = new ArrayList<Point>();
		for (int i = 0; i < milestones.size(); i++) {
			Milestone m = milestones.get(i);
			int x = scale.x(m.day());
			points.add(new Point(x, TOP + i * ROW, x > WIDTH / 2, m));
		}
		return new TimelineChart(WIDTH, TOP + milestones.size() * ROW + 8, period, ticks, points);
	}

	private record Scale(LocalDate from, long span) {

		int x(LocalDate day) {
			return MARGIN + (int) Math.round((WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(from, day) / span);
		}

	}

	/** The project's period, from its first to its last day. */
	record Bar(int x1, int x2) {
	}

	/** A new year on the axis. */
	record Tick(int x, String label) {
	}

	/** A milestone: its dot, and whether its label goes to the left of the dot to stay inside the chart. */
	record Point(int x, int y, boolean labelLeft, Milestone milestone) {

		public int labelX() {
			return labelLeft ? x - 10 : x + 10;
		}

		/** The title, shortened so that it fits beside its dot; the table beside the chart has it in full. */
		public String label() {
			String title = milestone.title();
			return title.length() <= LABEL_LENGTH ? title : title.substring(0, LABEL_LENGTH - 1).strip() + "…";
		}

		public String anchor() {
			return labelLeft ? "end" : "start";
		}

	}

}

package no.samhald.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.PlanArea;
import no.samhald.plan.PlanStatusCounts;
import no.samhald.plan.StatusCounts;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.Table;

/**
 * "Status for <plan>": the counts per status, then every area with its measures, each measure's
 * status (sign and word) and its latest status comment. Action plans are public, and so is this.
 */
@Service
public class ActionPlanReports {

	private final ActionPlans plans;

	private final PlanStatusCounts statusCounts;

	private final Measures measures;

	private final Forums forums;

	private final MessageSource messages;

	ActionPlanReports(ActionPlans plans, PlanStatusCounts statusCounts, Measures measures, Forums forums,
			MessageSource messages) {
		this.plans = plans;
		this.statusCounts = statusCounts;
		this.measures = measures;
		this.forums = forums;
		this.messages = messages;
	}

	/** The plans a status report can be made for, newest first. */
	public List<ActionPlan> plans(Community community) {
		return plans.all(community.id());
	}

	public ReportDocument statusReport(Community community, long planId, Locale locale) {
		var texts = new ReportTexts(messages, locale);
		ActionPlan plan = plans.get(community.id(), planId);
		var facts = new ArrayList<String>();
		facts.add(texts.get("report.plan.period", ReportTexts.day(plan.startDate()), ReportTexts.day(plan.endDate())));
		if (plan.forumId() != null) {
			facts.add(texts.get("report.plan.forum", forums.get(community.id(), plan.forumId()).name()));
		}
		var sections = new ArrayList<Section>();
		sections.add(summary(texts, statusCounts.ofPlan(community.id(), planId)));
		List<Measure> all = measures.ofPlan(community.id(), planId);
		for (PlanArea area : plans.areas(community.id(), planId)) {
			sections.add(area(texts, community, area, all.stream().filter(m -> m.areaId().equals(area.id())).toList()));
		}
		return new ReportDocument(community.name(), texts.get("report.plan.title", plan.title()), facts, sections);
	}

	private static Section summary(ReportTexts texts, StatusCounts counts) {
		var rows = new ArrayList<List<Cell>>();
		for (Map.Entry<MeasureStatus, Long> e : counts.byStatus().entrySet()) {
			rows.add(List.of(status(texts, e.getKey()), Cell.of(e.getValue())));
		}
		var table = new Table(texts.get("report.plan.summary.caption"),
				List.of(texts.get("report.plan.status"), texts.get("report.plan.count")), rows,
				List.of(Cell.of(texts.get("report.total")), Cell.of(counts.total())));
		return new Section("summary", texts.get("report.plan.summary"), List.of(table));
	}

	private Section area(ReportTexts texts, Community community, PlanArea area, List<Measure> ofArea) {
		var blocks = new ArrayList<Block>();
		if (!area.description().isBlank()) {
			blocks.add(new Paragraph(area.description()));
		}
		if (ofArea.isEmpty()) {
			blocks.add(new Paragraph(texts.get("report.plan.noMeasures")));
		}
		else {
			var rows = new ArrayList<List<Cell>>();
			for (Measure m : ofArea) {
				rows.add(List.of(Cell.of(m.title()), status(texts, m.status()), Cell.of(latestComment(community, m))));
			}
			blocks.add(new Table(texts.get("report.plan.measures.caption", area.number() + ". " + area.title()),
					List.of(texts.get("report.plan.measure"), texts.get("report.plan.status"),
							texts.get("report.plan.latestComment")),
					rows, List.of()));
		}
		return new Section("area-" + area.id(), area.number() + ". " + area.title(), blocks);
	}

	private String latestComment(Community community, Measure measure) {
		return measures.history(community.id(), measure.id()).stream()
			.filter(u -> u.comment() != null && !u.comment().isBlank())
			.findFirst()
			.map(u -> ReportTexts.day(u.statusDate()) + ": " + u.comment())
			.orElse("–");
	}

	private static Cell status(ReportTexts texts, MeasureStatus status) {
		return new Cell(texts.get("report.status.symbol." + status), texts.get("report.status." + status));
	}

}

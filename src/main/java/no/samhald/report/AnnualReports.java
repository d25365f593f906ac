package no.samhald.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.event.Event;
import no.samhald.event.Attendances;
import no.samhald.event.Participation;
import no.samhald.meeting.DecisionHit;
import no.samhald.meeting.Decisions;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.PlanStatusCounts;
import no.samhald.plan.StatusCounts;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.NotFoundException;
import no.samhald.project.Project;
import no.samhald.project.ProjectStatus;
import no.samhald.project.ProjectSummary;
import no.samhald.project.Projects;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Items;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.SubHeading;
import no.samhald.report.ReportDocument.Table;

/**
 * The årsmelding of a community for one year, generated from the forums' meetings and decisions,
 * the projects, agreements, grants, deviation statistics, collections' results and events (each
 * section led by the coordinator's words for it, if any), between the coordinator's own introduction and
 * closing words. What the public may not see (closed meetings, unapproved or exempt decisions)
 * stays out because the meeting module's own visibility rules are used.
 */
@Service
public class AnnualReports {

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	private final Forums forums;

	private final ActionPlans plans;

	private final PlanStatusCounts statusCounts;

	private final Meetings meetings;

	private final Decisions decisions;

	private final Projects projects;

	private final Attendances attendances;

	private final AgreementSection agreementSection;

	private final GrantSection grantSection;

	private final DeviationSection deviationSection;

	private final CollectionSection collectionSection;

	private final NetworkSection networkSection;

	private final AnnualTextRepository texts;

	private final AuditLog audit;

	private final Access access;

	private final MessageSource messages;

	AnnualReports(Forums forums, ActionPlans plans, PlanStatusCounts statusCounts, Meetings meetings, Decisions decisions,
			Projects projects, Attendances attendances, AgreementSection agreementSection, GrantSection grantSection,
			DeviationSection deviationSection, CollectionSection collectionSection,
			NetworkSection networkSection, AnnualTextRepository texts,
			AuditLog audit, Access access, MessageSource messages) {
		this.forums = forums;
		this.plans = plans;
		this.statusCounts = statusCounts;
		this.meetings = meetings;
		this.decisions = decisions;
		this.projects = projects;
		this.attendances = attendances;
		this.agreementSection = agreementSection;
		this.grantSection = grantSection;
		this.deviationSection = deviationSection;
		this.collectionSection = collectionSection;
		this.networkSection = networkSection;
		this.texts = texts;
		this.audit = audit;
		this.access = access;
		this.messages = messages;
	}

	/** The stored introduction and closing words, or empty ones. */
	public AnnualText text(Community community, int year) {
		checkYear(year);
		return texts.findByCommunityIdAndYear(community.id(), year).orElse(AnnualText.empty(community.id(), year));
	}

	/**
	 * Saves unless someone else saved since {@code words.version()} (then
	 * OptimisticLockingFailureException); words for a section this year's report does not have are dropped.
	 */
	@Transactional
	public AnnualText saveText(Community community, int year, SaveAnnualText words) {
		access.requireCoordinator(community.slug());
		AnnualText current = text(community, year);
		var changed = words.fieldsChangedIn(current);
		IdentityNumbers.refuseIn("introduction", words.introduction());
		IdentityNumbers.refuseIn("closing", words.closing());
		words.sections().forEach(IdentityNumbers::refuseIn);
		try {
			AnnualText saved = texts.save(current.changedBy(words, sectionHeadings(community, year, Locale.ROOT).keySet()));
			audit.record(community.slug(), "annualReport.textSaved", "annual report " + year, String.join(", ", changed));
			return saved;
		}
		catch (DuplicateKeyException ex) {
			// someone else wrote the first texts of this year at the same moment
			throw new OptimisticLockingFailureException("annual report texts saved concurrently", ex);
		}
	}

	/** Each generated section's id and heading, in the report's order: the sections a coordinator may write words for. */
	public Map<String, String> sectionHeadings(Community community, int year, Locale locale) {
		checkYear(year);
		var headings = new LinkedHashMap<String, String>();
		sections(new ReportTexts(messages, locale), community, year).forEach(s -> headings.put(s.id(), s.heading()));
		return headings;
	}

	public ReportDocument annualReport(Community community, int year, Locale locale) {
		AnnualText own = text(community, year);
		var t = new ReportTexts(messages, locale);
		var sections = new ArrayList<Section>();
		if (!own.introduction().isBlank()) {
			sections.add(new Section("introduction", t.get("report.annual.introduction"),
					List.of(new Paragraph(own.introduction()))));
		}
		sections(t, community, year).forEach(s -> sections.add(withWords(s, own.sectionText(s.id()))));
		if (!own.closing().isBlank()) {
			sections.add(new Section("closing", t.get("report.annual.closing"), List.of(new Paragraph(own.closing()))));
		}
		return new ReportDocument(community.name(), t.get("report.annual.title", year),
				List.of(t.get("report.annual.period", ReportTexts.day(LocalDate.of(year, 1, 1)),
						ReportTexts.day(LocalDate.of(year, 12, 31)))),
				sections);
	}

	/** The generated sections, one line a section, in the order of the årsmelding the coordinators write (seed 004). */
	private List<Section> sections(ReportTexts t, Community community, int year) {
		List<Forum> forumList = forums.all(community.id());
		var sections = new ArrayList<Section>();
		sections.add(actionPlans(t, community, year));
		sections.add(agreementSection.of(t, community, year));
		sections.add(grantSection.of(t, community, year));
		sections.add(meetings(t, community, year, forumList));
		sections.add(decisions(t, community, year, forumList.stream().collect(Collectors.toMap(Forum::id, f -> f))));
		sections.add(projects(t, community, year));
		sections.add(deviationSection.of(t, community, year));
		collectionSection.of(t, community, year).ifPresent(sections::add);
		sections.add(events(t, community, year));
		networkSection.of(t, community, year).ifPresent(sections::add);
		return sections;
	}

	/** The coordinator's words for a section lead it, before what was generated. */
	private static Section withWords(Section generated, String words) {
		if (words.isBlank()) {
			return generated;
		}
		var blocks = new ArrayList<Block>(List.of(new Paragraph(words)));
		blocks.addAll(generated.blocks());
		return new Section(generated.id(), generated.heading(), blocks);
	}

	private Section actionPlans(ReportTexts t, Community community, int year) {
		var rows = new ArrayList<List<Cell>>();
		// every plan's counts in one query, not two queries a plan (#11: 40 plans of 30 measures)
		Map<Long, StatusCounts> counted = statusCounts.byPlan(community.id());
		for (ActionPlan plan : plans.all(community.id())) {
			if (plan.startDate().getYear() <= year && plan.endDate().getYear() >= year) {
				StatusCounts counts = PlanStatusCounts.of(counted, plan.id());
				rows.add(List.of(Cell.of(plan.title()),
						Cell.of(ReportTexts.day(plan.startDate()) + " – " + ReportTexts.day(plan.endDate())),
						Cell.of(counts.total()), Cell.of(counts.of(MeasureStatus.COMPLETED)),
						Cell.of(counts.of(MeasureStatus.IN_PROGRESS))));
			}
		}
		return t.tableOrNone("actionPlans", year, rows, List.of(t.get("report.annual.actionPlan"),
				t.get("report.annual.period.header"), t.get("report.annual.measures"),
				t.get("report.status.COMPLETED"), t.get("report.status.IN_PROGRESS")), List.of());
	}

	private Section meetings(ReportTexts t, Community community, int year, List<Forum> forumList) {
		Map<Long, Long> held = meetings.visible(community).stream()
			.filter(m -> m.startsAt().getYear() == year && (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_APPROVED))
			.collect(Collectors.groupingBy(Meeting::forumId, Collectors.counting()));
		var rows = new ArrayList<List<Cell>>();
		for (Forum forum : forumList) {
			rows.add(List.of(Cell.of(forum.name()), Cell.of(held.getOrDefault(forum.id(), 0L))));
		}
		long total = held.values().stream().mapToLong(Long::longValue).sum();
		return new Section("forums", t.get("report.annual.forums"), List.of(
				new Paragraph(t.get("report.annual.forums.summary", forumList.size(), total)),
				new Table(t.get("report.annual.forums.caption", year),
						List.of(t.get("report.annual.forum"), t.get("report.annual.meetingsHeld")), rows,
						List.of(Cell.of(t.get("report.total")), Cell.of(total)))));
	}

	private Section decisions(ReportTexts t, Community community, int year, Map<Long, Forum> forumById) {
		List<DecisionHit> ofYear = decisions.search(community, null, null, year);
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(t.get("report.annual.decisions.summary", ofYear.size())));
		Map<Long, List<DecisionHit>> byForum = ofYear.stream()
			.sorted((a, b) -> a.meetingDate().compareTo(b.meetingDate()))
			.collect(Collectors.groupingBy(DecisionHit::forumId, LinkedHashMap::new, Collectors.toList()));
		byForum.forEach((forumId, hits) -> {
			Forum forum = forumById.get(forumId);
			blocks.add(new SubHeading(t.get("report.annual.decisions.ofForum", forum == null ? "" : forum.name(),
					hits.size())));
			blocks.add(new Items(hits.stream().map(h -> h.caseNumber() + " " + h.title()).toList()));
		});
		return new Section("decisions", t.get("report.annual.decisions"), blocks);
	}

	private Section projects(ReportTexts t, Community community, int year) {
		var rows = new ArrayList<List<Cell>>();
		for (ProjectSummary summary : projects.all(community.id())) {
			Project p = summary.project();
			if (activeIn(p, year)) {
				rows.add(List.of(Cell.of(p.name()), Cell.of(t.get("report.projectStatus." + p.status())),
						Cell.of(ReportTexts.day(p.startDate()) + " – " + ReportTexts.day(p.endDate()))));
			}
		}
		return t.tableOrNone("projects", year, rows, List.of(t.get("report.annual.project"),
				t.get("report.annual.status"), t.get("report.annual.period.header")), List.of());
	}

	/** Worked on during the year: started by its end and not ended before its start; ideas do not count. */
	static boolean activeIn(Project p, int year) {
		return p.status() != ProjectStatus.IDEA && p.startDate() != null && p.startDate().getYear() <= year
				&& (p.endDate() == null || p.endDate().getYear() >= year);
	}

	private Section events(ReportTexts t, Community community, int year) {
		var rows = new ArrayList<List<Cell>>();
		for (Participation p : attendances.participation(community.id(), year)) {
			Event event = p.event();
			rows.add(List.of(Cell.of(event.title()), Cell.of(ReportTexts.day(event.startsAt().toLocalDate())),
					Cell.of(Objects.requireNonNullElse(event.place(), "")), Cell.of(p.count()),
					Cell.of(t.get(p.attended() ? "report.annual.participants.attended" : "report.annual.participants.registered"))));
		}
		return t.tableOrNone("events", year, rows, List.of(t.get("report.annual.event"), t.get("report.annual.date"),
				t.get("report.annual.place"), t.get("report.annual.participants"), t.get("report.annual.participants.countedAs")),
				List.of());
	}

	public static boolean isReportYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	static void checkYear(int year) {
		if (!isReportYear(year)) {
			throw new NotFoundException("annual report", year);
		}
	}

}

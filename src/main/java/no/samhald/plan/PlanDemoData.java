package no.samhald.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.DemoTable;


/**
 * Sogn og Fjordane's Strategi 2025–2028 (seed 000) and the action plan FSU made from it (004),
 * and Vestfold's Handlingsplan 2024 with its status and Handlingsplan 2025 made from it (003).
 * Forums come from the partnership demo data; the persons are invented. The plans' areas, measures and
 * status reports are tables in resources plan/demo.
 */
@Component
@Order(40)
class PlanDemoData implements ApplicationRunner {

	private final CommunityDemoLoads demo;

	private final Forums forums;

	private final People people;

	private final StrategyRepository strategies;

	private final ActionPlanRepository plans;

	private final PlanAreaRepository areas;

	private final MeasureRepository measures;

	private final StatusUpdateRepository updates;

	private final ActionPlans actionPlans;

	PlanDemoData(CommunityDemoLoads demo, Forums forums, People people,
			StrategyRepository strategies, ActionPlanRepository plans, PlanAreaRepository areas,
			MeasureRepository measures, StatusUpdateRepository updates, ActionPlans actionPlans) {
		this.demo = demo;
		this.forums = forums;
		this.people = people;
		this.strategies = strategies;
		this.plans = plans;
		this.areas = areas;
		this.measures = measures;
		this.updates = updates;
		this.actionPlans = actionPlans;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "plan.sogn-og-fjordane", c -> new Builder(c).sognOgFjordane());
		demo.once("vestfold", "plan.vestfold", c -> new Builder(c).vestfold());
	}

	private final class Builder {

		private final long communityId;

		private final Map<String, Long> forumIds = new HashMap<>();

		private final Map<String, Long> personIds = new HashMap<>();

		private ActionPlan plan;

		private PlanArea area;

		private Measure measure;

		Builder(Community community) {
			this.communityId = community.id();
			for (Forum forum : forums.all(communityId)) {
				forumIds.put(forum.name(), forum.id());
			}
			for (Person person : people.all(communityId)) {
				personIds.put(person.name(), person.id());
			}
		}

		void sognOgFjordane() {
			Strategy strategy = strategies.save(strategyOfSognOgFjordane());
			plan = plans.save(new ActionPlan(null, communityId, strategy.id(), null, "Handlingsplan 2025–2026",
					LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), forum("Fagleg samarbeidsutval"),
					"Handlingsplanen er utarbeidd av fagleg samarbeidsutval (FSU) og konkretiserer strategien. "
							+ "Han gjeld for to år og er eit dynamisk dokument som endrar seg etter behov.", 0));
			load("sogn-og-fjordane-2025");
		}

		private Strategy strategyOfSognOgFjordane() {
			return new Strategy(null, communityId, "Strategi 2025–2028", 2025, 2028,
					"Sogn og Fjordane helsefellesskap skal i perioden 2025–2028 halde fram arbeidet med å utvikle "
							+ "samarbeidsarenaer på alle nivå, styrke brukarmedverknaden og styrke samarbeidet gjennom "
							+ "vidareutvikling av avtalestrukturen. Strategien vert konkretisert i ein handlingsplan som "
							+ "skal evaluerast og reviderast kvart andre år.",
					List.of(new FocusArea(communityId, 1, "Felles planlegging",
							"Felles verkelegheitsforståing er ein viktig føresetnad for å planlegge og utvikle tenester i fellesskap. "
									+ "Kommunane og helseføretaket har difor behov for styringsdata, analysar og framskrivingsverktøy.",
							"""
									Involvere kvarandre i overordna planarbeid som vedkjem den andre.
									Halde fram med avtaleutvalet sitt arbeid med revisjon av avtaleporteføljen.
									Sikre god kjennskap til gjeldande avtalar hos partnarane sjølve.
									Beredskapsplanarbeid og -samarbeid med utgangspunkt i revisjon delavtale beredskap.""", 0),
							new FocusArea(communityId, 2, "Rekruttering og kompetanse",
									"Helse- og omsorgstenestene opplever utfordringar med å rekruttere helsepersonell og å behalde kritisk "
											+ "kompetanse. Partnarane skal einast om tiltak utan å konkurrere med kvarandre om det same personellet.",
									"""
											Arbeid med sikring av rekruttering og stabilisering av kritisk kompetanse.
											Sjå rekruttering og strategisk arbeid med å behalde kritisk kompetanse i samanheng med felles planlegging mellom tenestenivåa.""", 0),
							new FocusArea(communityId, 3, "Prioriterte pasientgrupper",
									"Helsefellesskapa har prioritert felles planlegging og tenesteutvikling kring dei pasientgruppene der "
											+ "behovet for samhandling er størst. NHSP legg til kvinner gjennom svangerskap, fødsel og barseltid "
											+ "som den femte prioriterte gruppa.",
									"""
											Barn og unge
											Personar med alvorlege psykiske lidingar og rusproblem
											Eldre med skrøpelegheit
											Personar med fleire kroniske lidingar
											Kvinner gjennom svangerskap, fødsel og barseltid""", 0)),
					List.of(group(PatientGroup.CHILDREN_AND_YOUNG_PEOPLE,
							"Born og unge med langvarige og samansette behov for helsehjelp, og familiane deira, skal kunne leve så normale liv som mogleg.",
							"Vi vil prioritere pilotering og eventuell breidding av prosjektet integrerte helsetenester for barn og unge i Nordfjord, "
									+ "og legge til rette for møteplassar for fagfolk, til dømes fagnettverk for barn som pårørande."),
							group(PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION,
									"Personar med alvorleg psykisk liding har auka risiko for somatisk sjukdom og rusmiddelproblem, og treng tenester frå mange instansar.",
									"Vi vil vidareføre satsinga på ACT-/FACT-team og etablere samarbeidsarenaer for fagfolk som arbeider i tenestene."),
							group(PatientGroup.FRAIL_ELDERLY,
									"31 % av dei som er 75 år og eldre lever med skrøpelegheit; dei har fleire øyeblikkeleg hjelp-innleggingar og reinnleggingar.",
									"Vi skal vidareutvikle fagnettverk innan eldremedisin/eldreomsorg og prioritere felles funksjonskartleggingsverktøy."),
							group(PatientGroup.MULTIPLE_CHRONIC_CONDITIONS,
									"Ei stor og samansett gruppe som kan oppleve ei fragmentert teneste der dei sjølve eller pårørande endar opp som koordinatorar.",
									"Vi skal vidareutvikle fagnettverket Møteplassen for koordinerande einingar."),
							group(PatientGroup.PREGNANCY_BIRTH_AND_POSTNATAL,
									"Kvinner og familiane deira skal kjenne seg trygge på god behandling og oppfølging gjennom forløpet, uavhengig av kvar dei bur.",
									"Vi vil vurdere samarbeid om stillingar på tvers, vidareutvikle samarbeidet om God start-einingane og vurdere ein møtearena for fagfolk.")),
					0);
		}

		private PriorityGroup group(PatientGroup patientGroup, String description, String commitment) {
			// The demo's groups are numbered in the order of the enum, which is the order of the document.
			return new PriorityGroup(communityId, patientGroup.ordinal() + 1, patientGroup, description, commitment, 0);
		}

		void vestfold() {
			ActionPlan plan2024 = plans.save(new ActionPlan(null, communityId, null, null, "Handlingsplan 2024",
					LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), forum("Strategisk samarbeidsutvalg"),
					"Prioriterte pasientgrupper i helsefellesskapene: personer med alvorlige psykiske lidelser og rusproblemer, "
							+ "barn og unge, skrøpelige eldre og personer med flere kroniske lidelser. Det utadvendte sykehus.", 0));
			plan = plan2024;
			load("vestfold-2024");

			plan = plans.save(new ActionPlan(null, communityId, null, plan2024.id(), "Handlingsplan 2025",
					LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), forum("Strategisk samarbeidsutvalg"),
					"Helsefellesskapet i Vestfold skal, gjennom samhandling med pasienten i sentrum på alle nivåer, fremme "
							+ "forebygging, mestring, gode sammenhengende pasientforløp og trygge likeverdige, bærekraftige "
							+ "helsetjenester til våre felles pasienter. Satsninger fra 2024 som ikke er startet eller planlagt "
							+ "avsluttet det året, blir med videre.", 0));
			actionPlans.carryOver(plan2024.id(), plan);
			load("vestfold-2025");
		}

		/**
		 * Reads the plan's areas, measures and status reports from its table (resources plan/demo; the
		 * columns are named at its head), each row in the order written.
		 */
		private void load(String table) {
			for (List<String> row : DemoTable.rows("plan/demo/" + table + ".txt")) {
				switch (row.get(0)) {
					case "area" -> area(row.get(1), row.get(2));
					case "measure" -> measure(row.get(1), row.get(2), row.get(3).isEmpty() ? null : PatientGroup.valueOf(row.get(3)),
							row.get(4).isEmpty() ? null : row.get(4), row.get(5), row.get(6), Integer.parseInt(row.get(7)),
							Integer.parseInt(row.get(8)));
					case "status" -> status(row.get(1), MeasureStatus.valueOf(row.get(2)), row.get(3));
					default -> throw new IllegalStateException("plan/demo/" + table + ".txt: " + row);
				}
			}
		}

		/** The plan's area of that title when it has one (carried over from the plan before), else a new one. */
		private void area(String title, String description) {
			List<PlanArea> existing = areas.findByActionPlanIdOrderByNumber(plan.id());
			area = existing.stream().filter(a -> a.title().equals(title)).findFirst()
				.orElseGet(() -> areas.save(new PlanArea(null, communityId, plan.id(), existing.size() + 1, title,
						description, 0)));
		}

		private void measure(String title, String description, PatientGroup group, String forumName, String owner,
				String target, int startYear, int dueYear) {
			measure = measures.save(new Measure(null, communityId, plan.id(), area.id(), title, description, group,
					forum(forumName), personIds.get(owner), MeasureStatus.NOT_STARTED, target, LocalDate.of(startYear, 1, 1),
					LocalDate.of(dueYear, 12, 31), null, 0));
		}

		private void status(String day, MeasureStatus status, String comment) {
			updates.save(new StatusUpdate(null, communityId, measure.id(), LocalDate.parse(day), status, comment, "demo",
					Instant.parse(day + "T12:00:00Z")));
			measure = measures.save(measure.withStatus(status));
		}

		private Long forum(String name) {
			return name == null ? null : forumIds.get(name);
		}

	}

}

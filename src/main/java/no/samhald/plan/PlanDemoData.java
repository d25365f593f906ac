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

import static no.samhald.plan.MeasureStatus.COMPLETED;
import static no.samhald.plan.MeasureStatus.DISCONTINUED;
import static no.samhald.plan.MeasureStatus.IN_PROGRESS;
import static no.samhald.plan.MeasureStatus.NOT_STARTED;
import static no.samhald.plan.MeasureStatus.PLANNED;

/**
 * Sogn og Fjordane's Strategi 2025–2028 (seed 000) and the action plan FSU made from it (004),
 * and Vestfold's Handlingsplan 2024 with its status and Handlingsplan 2025 made from it (003).
 * Forums come from the partnership demo data; the persons are invented.
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
			area("Felles planlegging", "Felles verkelegheitsforståing som grunnlag for felles planlegging.");
			measure("Revisjon av avtaleporteføljen", "Avtaleutvalet held fram arbeidet med å forenkle, konkretisere og digitalisere avtaleverket.",
					null, "Avtaleutvalet", "Ingrid Fjærestad", "Revidert overordna samarbeidsavtale og delavtalar vedtekne i SSU.", 2025, 2026);
			status("2025-03-10", PLANNED, "Mandat for revisjonen er handsama i SSU.");
			status("2025-09-15", IN_PROGRESS, "Utkast til forenkla delavtalar er sendt på høyring til partnarane.");
			measure("Beredskapsplan med utgangspunkt i revidert delavtale om beredskap", "Beredskapsplanarbeid og -samarbeid mellom kommunane og Helse Førde.",
					null, "Avtaleutvalet", "Solveig Nygård", "Felles beredskapsplan øvd minst ein gong.", 2025, 2026);
			status("2025-06-01", PLANNED, "Startar når delavtale om beredskap er revidert.");
			measure("Sikre god kjennskap til gjeldande avtalar hos partnarane", "Informasjon om avtaleverket til leiarar og tilsette hos partnarane.",
					null, null, "Ingrid Fjærestad", "", 2026, 2026);
			measure("Involvere kvarandre i overordna planarbeid", "Partnarane involverer kvarandre i overordna planarbeid som vedkjem den andre.",
					null, "Strategisk samarbeidsutval", "Eirik Lunde", "", 2025, 2026);
			status("2025-05-20", IN_PROGRESS, "Helse Førde sin utviklingsplan er lagd fram for kommunane.");

			area("Rekruttering og kompetanse", "Sikre tilgang til naudsynt kompetanse utan å konkurrere om det same personellet.");
			measure("Sikring av rekruttering og stabilisering av kritisk kompetanse", "Felles tiltak sett i samanheng med felles planlegging mellom tenestenivåa.",
					null, "Prosjektgruppe for samhandlingsprosjektet", "Jorunn Sæbø", "Felles oversikt over ledige stillingar og innleige i alle kommunane.", 2025, 2026);
			status("2025-04-02", IN_PROGRESS, "Kartlegging av ledige stillingar og bruk av vikarbyrå er sendt ut.");

			area("Barn og unge", "Integrerte tenester og færre brot i overgangane mellom tenestenivå.");
			measure("Pilotering av integrerte helsetenester for barn og unge i Nordfjord", "Pilotering og eventuell breidding av prosjektet.",
					PatientGroup.CHILDREN_AND_YOUNG_PEOPLE, null, "Astrid Hjelmeland", "Vurdering av breidding til fleire regionar innan utgangen av 2026.", 2025, 2026);
			status("2025-02-15", IN_PROGRESS, "Piloten er i gang i tre kommunar i Nordfjord.");
			measure("Fagnettverk for barn som pårørande", "Møteplass for fagfolk som arbeider med barn som pårørande.",
					PatientGroup.CHILDREN_AND_YOUNG_PEOPLE, null, "Ingrid Fjærestad", "Første samling halden.", 2025, 2026);
			status("2025-08-20", PLANNED, "Første samling er planlagd hausten 2025.");

			area("Personar med alvorlege psykiske lidingar og rusproblem", "Tverrfagleg samarbeid, teamtenking og møteplassar på tvers av sektorar og nivå.");
			measure("Vidareføre ACT-/FACT-team", "Oppsøkjande team med kommunane og Helse Førde.",
					PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION, null, "Per Ove Vik", "", 2025, 2026);
			status("2025-03-01", IN_PROGRESS, "Teama held fram i Sunnfjord og Nordfjord.");
			measure("Samarbeidsarenaer for fagfolk i tenestene", "Faste møteplassar for fagfolk på tvers av sektorar og nivå.",
					PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION, null, "Solveig Nygård", "", 2025, 2026);

			area("Eldre med skrøpelegheit", "Betre samarbeid om førebygging av sjukdomsforverring og ein betre utskrivingsprosess.");
			measure("Vidareutvikle fagnettverk innan eldremedisin/eldreomsorg", "Fagnettverket saman med USHT.",
					PatientGroup.FRAIL_ELDERLY, "Fagnettverk innan eldremedisin", "Astrid Hjelmeland", "To samlingar i året.", 2025, 2026);
			status("2025-04-10", IN_PROGRESS, "Vårsamlinga er gjennomført.");
			measure("Felles funksjonskartleggingsverktøy", "Eitt verktøy for funksjonskartlegging i kommunane og Helse Førde.",
					PatientGroup.FRAIL_ELDERLY, "Fagleg samarbeidsutval", "Maren Tveit", "Verktøyet er teke i bruk av alle partnarane.", 2025, 2026);
			status("2025-10-01", PLANNED, "Arbeidsgruppe er oppnemnd.");

			area("Personar med fleire kroniske lidingar", "Meir samanheng i tenestene for dei som opplever eit fragmentert helsevesen.");
			measure("Vidareutvikle Møteplassen for koordinerande einingar", "Fagnettverket for dei koordinerande einingane i kommunane og Helse Førde.",
					PatientGroup.MULTIPLE_CHRONIC_CONDITIONS, "Møteplassen for koordinerande einingar", "Arne Bakke", "", 2025, 2026);
			status("2025-05-05", IN_PROGRESS, "Nettverket har møttest to gonger.");

			area("Kvinner gjennom svangerskap, fødsel og barseltid", "Trygg behandling og oppfølging gjennom heile forløpet, uavhengig av kvar ein bur.");
			measure("Vidareutvikle samarbeidet om God start-einingane", "", PatientGroup.PREGNANCY_BIRTH_AND_POSTNATAL, null,
					"Solveig Nygård", "", 2025, 2026);
			status("2025-06-12", IN_PROGRESS, "Samarbeidet er drøfta i FSU.");
			measure("Vurdere samarbeid om stillingar på tvers av kommunar og helseføretak", "",
					PatientGroup.PREGNANCY_BIRTH_AND_POSTNATAL, null, "Jorunn Sæbø", "", 2026, 2026);
			measure("Vurdere møtearena for fagfolk som arbeider med gruppa", "", PatientGroup.PREGNANCY_BIRTH_AND_POSTNATAL,
					null, "Ingrid Fjærestad", "", 2026, 2026);
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
			String statusDay = "2024-11-20";
			area("Skrøpelige eldre og multisyke", "");
			measure("Vitality", "", PatientGroup.FRAIL_ELDERLY, null, "Kari Holtan", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågående.");
			area("Barn og unge", "");
			measure("Ung Arena", "Lavterskeltilbud for unge.", PatientGroup.CHILDREN_AND_YOUNG_PEOPLE, null, "Bjørn Aasen", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågående.");
			measure("Arbeidsgruppe: samarbeid mellom helse og barnevern om innføring av Nasjonalt forløp (2023)",
					"«Barnevern – kartlegging og utredning av psykisk, somatisk og seksuell helse, tannhelse og rus».",
					PatientGroup.CHILDREN_AND_YOUNG_PEOPLE, "Faglig samarbeidsutvalg", "Bjørn Aasen", "", 2024, 2024);
			status(statusDay, NOT_STARTED, "Ikke startet.");
			area("Personer med alvorlige psykiske lidelser og rusproblemer",
					"Oppfølging av anbefalinger fra arbeidsgruppe «Pasienter med langvarige psykiske lidelser og rusavhengighet».");
			measure("Ledersamarbeid på tvers av kommuner og SiV", "", PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION, null,
					"Kari Holtan", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Har startet.");
			measure("Etablering av FACT-team mellom Larvik kommune, Sandefjord kommune og DPS",
					"Behandlingsmodell som gir oppsøkende, samtidige og helhetlige tjenester til personer med alvorlig psykisk lidelse og tilleggsproblemer.",
					PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION, null, "Bjørn Aasen", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Det samarbeides om etableringen.");
			area("Akuttkjeden", "Utvalgte områder for satsning og samhandling; reduksjon av ø-hjelpsinnleggelser.");
			measure("Bruk av mobilt røntgen", "", null, null, "Kari Holtan", "Færre ø-hjelpsinnleggelser.", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågående.");
			measure("Bruk av kommunale ØHD-plasser (øyeblikkelig hjelp døgn)", "", null, null, "Bjørn Aasen", "Færre ø-hjelpsinnleggelser.", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågående.");
			area("Fastlegesituasjonen", "");
			measure("Etablere fagutvalg for fastlegetjenesten", "", null, "Fagutvalg for fastlegetjenesten", "Bjørn Aasen", "", 2024, 2024);
			status(statusDay, COMPLETED, "Fagutvalg for fastlegetjenesten er etablert.");
			area("Styringsdata for utvikling og oppfølging av tjenestene", "");
			measure("Oppfølging av styringsdata", "Følges opp i SSU og i egne Teams-møter.", null, "Strategisk samarbeidsutvalg",
					"Kari Holtan", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Følges opp i SSU og i egne Teams-møter.");
			area("Samhandlingsavvik og melding om uønskede hendelser", "");
			measure("Forbedring av meldingsrutiner og oppfølging av avvik", "Arbeidsgruppe under FSU.", null,
					"Faglig samarbeidsutvalg", "Randi Moe", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Arbeidet pågår i arbeidsgruppe under FSU.");
			area("Rekruttere og beholde helsepersonell", "");
			measure("Fagutvalg for HR-samarbeid", "", null, "Fagutvalg for HR-samarbeid", "Kari Holtan", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Har startet.");
			area("Velferdsteknologi og felles løsninger for digital samhandling", "");
			measure("Prosjekt Digital hjemmeoppfølging", "Prosjekt under DigiTV (samarbeid mellom kommunene og SiV).", null, null,
					"Bjørn Aasen", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågår.");
			measure("Fagutvalg for IT-samarbeid", "", null, null, "Kari Holtan", "", 2024, 2024);
			status(statusDay, NOT_STARTED, "Ikke etablert.");
			area("Delavtale om helhetlige pasientforløp", "");
			measure("Ferdigstille delavtale om helhetlige pasientforløp", "", null, null, "Kari Holtan", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Pågående arbeid.");
			area("Kompetansebroen", "");
			measure("Kontinuerlig videreutvikling av Kompetansebroen", "", null, null, "Randi Moe", "", 2024, 2024);
			status(statusDay, IN_PROGRESS, "Kontinuerlig videreutvikling.");
			area("Strategi for Helsefellesskapet", "");
			measure("Utarbeide strategi for Helsefellesskapet", "", null, "Strategisk samarbeidsutvalg", "Kari Holtan", "", 2024, 2024);
			status(statusDay, DISCONTINUED, "Ikke påbegynt; strøket fra handlingsplanen og foreslått som egen strategi.");

			plan = plans.save(new ActionPlan(null, communityId, null, plan2024.id(), "Handlingsplan 2025",
					LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), forum("Strategisk samarbeidsutvalg"),
					"Helsefellesskapet i Vestfold skal, gjennom samhandling med pasienten i sentrum på alle nivåer, fremme "
							+ "forebygging, mestring, gode sammenhengende pasientforløp og trygge likeverdige, bærekraftige "
							+ "helsetjenester til våre felles pasienter. Satsninger fra 2024 som ikke er startet eller planlagt "
							+ "avsluttet det året, blir med videre.", 0));
			actionPlans.carryOver(plan2024.id(), plan);
			areaNamed("Personer med alvorlige psykiske lidelser og rusproblemer");
			measure("Gode pasientforløp for pasienter som innlegges sikkerhetspsykiatrisk avdeling", "",
					PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION, null, "Kari Holtan", "", 2025, 2025);
			status("2025-02-01", PLANNED, "");
			areaNamed("Akuttkjeden");
			measure("Samtrening mellom aktører i akuttkjeden", "Fokus på tiltak for å redusere unødvendige ø-hjelpsinnleggelser.",
					null, null, "Bjørn Aasen", "", 2025, 2025);
			status("2025-02-01", PLANNED, "");
			area("Svangerskap, fødsel og barsel", "Gode pasientforløp for de minste syke.");
			measure("Avklare hva som er våre utfordringer i Vestfold", "", PatientGroup.PREGNANCY_BIRTH_AND_POSTNATAL, null,
					"Randi Moe", "", 2025, 2025);
			area("Habilitering", "");
			measure("Konkretisere satsningen på habilitering", "Må konkretiseres.", PatientGroup.HABILITATION, null, "Bjørn Aasen", "", 2025, 2025);
			area("Rehabilitering", "Samhandling og oppgaveoverføring for pasienter med behov for rehabilitering.");
			measure("Arbeidsgruppe som kartlegger utfordringer og utarbeider handlingsplan", "", PatientGroup.REHABILITATION,
					"Faglig samarbeidsutvalg", "Kari Holtan", "Handlingsplan for rehabilitering.", 2025, 2025);
			status("2025-03-15", PLANNED, "Arbeidsgruppen er under etablering.");
		}

		private void area(String title, String description) {
			int number = areas.findByActionPlanIdOrderByNumber(plan.id()).size() + 1;
			area = areas.save(new PlanArea(null, communityId, plan.id(), number, title, description, 0));
		}

		private void areaNamed(String title) {
			area = areas.findByActionPlanIdOrderByNumber(plan.id()).stream().filter(a -> a.title().equals(title))
				.findFirst().orElseThrow();
		}

		private void measure(String title, String description, PatientGroup group, String forumName, String owner,
				String target, int startYear, int dueYear) {
			measure = measures.save(new Measure(null, communityId, plan.id(), area.id(), title, description, group,
					forum(forumName), personIds.get(owner), NOT_STARTED, target, LocalDate.of(startYear, 1, 1),
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

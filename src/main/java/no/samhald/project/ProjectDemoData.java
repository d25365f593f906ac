package no.samhald.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;

/**
 * The Samhandlingsprosjekt of Sogn og Fjordane helsefellesskap as seed 002 describes it, and the
 * learning network for good patient pathways of the annual report (seed 004). The seed's named
 * people are replaced by the invented demo persons of the partnership module; PwC is a company.
 */
@Component
@Order(50)
record ProjectDemoData(CommunityDemoLoads demo, Projects projects, SubProjects subProjects, Forums forums,
		People people, Partners partners) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "project.sogn-og-fjordane", c -> new Builder(c).load());
	}

	private final class Builder {

		private final Community community;

		private final Map<String, Long> forumByLabel;

		private final Map<String, Long> personByName;

		private final Map<String, Long> partnerByName;

		Builder(Community community) {
			this.community = community;
			this.forumByLabel = forums.all(community.id()).stream().collect(Collectors.toMap(Forum::label, Forum::id));
			this.personByName = people.all(community.id()).stream()
				.collect(Collectors.toMap(Person::name, Person::id, (a, b) -> a));
			this.partnerByName = partners.all(community.id()).stream()
				.collect(Collectors.toMap(Partner::name, Partner::id, (a, b) -> a));
		}

		void load() {
			collaborationProject();
			learningNetwork();
		}

		private void collaborationProject() {
			var project = new SaveProject("Samhandlingsprosjekt Sogn og Fjordane helsefellesskap",
					"""
					Sogn og Fjordane helsefellesskap vedtok i 2022 ein felles strategi for samarbeidet. Det er skissert følgande innsatsområde: felles planlegging, samarbeid om rekruttering og kompetanse, fire prioriterte pasientgrupper, akuttmedisinske tenester samt digitalisering og forsking. Desse satsingsområda er konkretisert inn i ein handlingsplan, med felles tiltak som eit ledd i å nå målsettinga om ei betre felles helseteneste for våre pasientar.

					Det er einighet i helsefellesskapet om at eit felles kunnskapsgrunnlag om status og framskrivingar lokalt vil kunne støtte kommunane og Helse Førde i det vidare arbeidet. Kommunane og helseføretaket er i dag i liten grad involvert i kvarandre si planlegging av tenestene; dette kom som eit lovkrav i 2022 og må følgast opp gjennom helsefellesskapet.""",
					"""
					Strategisk samarbeidsutval vedtok i desember 2023 å sette i gong eit felles arbeid for å sikre betre felles planlegging av tenestene, med tiltak for å sikre tettare samarbeid rundt rekruttering, stabilisering av kompetanse og samhandling om tenestene til våre felles brukarar. Strategisk samarbeidsutval er styringsgruppe for arbeidet og godkjende mandatet 29.02.2024.""",
					ProjectStatus.ACTIVE,
					LocalDate.of(2024, 1, 1),
					LocalDate.of(2025, 6, 30),
					forumByLabel.get("SSU"),
					partnerByName.get("Kinn kommune"),
					"""
					Revitalisere og prioritere samhandlingsarbeid mellom partnarane
					Kome med tiltak til korleis vi lokalt i regionen skal samarbeide om kompetanse for å sikre rett bruk, robuste fagmiljø og stabiliseringstiltak som er berekraftige
					Betre felles planlegging av tenestene, med felles tiltak om rekruttering og stabilisering av kompetanse""",
					"""
					Skape eit felles kunnskapsgrunnlag og situasjonsforståing av følgande område:
					- Rekruttering, bruk av eksterne ressursar i kommunane og Helse Førde
					- Samhandling om kritisk kompetanse
					- Forpliktande samarbeid kjem fram i planarbeid
					Arrangere ei felles nettverkssamling for strategisk og administrativ leiing i kommunane og helseføretaket
					- Konkretisere tiltak for vidare samarbeid""", 0);
			long id = projects.create(community, project).id();

			member(id, "Ingrid Fjærestad", ProjectRole.PROJECT_LEADER, "Kinn kommune");
			member(id, "Eirik Lunde", ProjectRole.MEMBER, "Kinn kommune");
			member(id, "Solveig Nygård", ProjectRole.SUB_PROJECT_LEADER, "Helse Førde");
			member(id, "Jorunn Sæbø", ProjectRole.MEMBER, "Helse Førde, Nordfjord sjukehus");
			member(id, "Astrid Hjelmeland", ProjectRole.SUB_PROJECT_LEADER, "Sogndal kommune");
			externalMember(id, "PwC", ProjectRole.CONSULTANT, "PwC");
			member(id, "Liv Rønning", ProjectRole.MEMBER, "KS Vestland");
			member(id, "Torstein Hovland", ProjectRole.MINUTES_TAKER, "Sekretariatet");

			budget(id);
			subProjects(id);
			anchoring(id);
		}

		private void budget(long id) {
			var costs = List.of(new SaveBudget.CostRow("Konsulentbistand frå PwC", "300000"));
			var shares = List.of(new SaveBudget.ShareRow(partnerByName.get("Helse Førde"), null, "130000"),
					new SaveBudget.ShareRow(null, "Kommunane", "170000"));
			var contributions = List.of(
					new SaveBudget.ContributionRow(partnerByName.get("Kinn kommune"), null,
							"Prosjektleiar og kommunedirektør i prosjektgruppa; oppfølging av økonomien."),
					new SaveBudget.ContributionRow(partnerByName.get("Helse Førde"), null,
							"Samhandlingssjef og stadleg leiing ved Nordfjord sjukehus i prosjektgruppa."),
					new SaveBudget.ContributionRow(partnerByName.get("KS Vestland"), null, "Rådgjevar i prosjektgruppa."),
					new SaveBudget.ContributionRow(null, "Alle partnarane",
							"Stillar personellressursar inn i arbeidet i tråd med prosjektplanen."));
			String economyNote = "Utgifter til konsulentbistand frå PwC vert dekka av partnarane i tråd med vedteken "
					+ "fordeling. Kinn kommune tek på seg ansvaret for oppfølginga kring økonomien, og står som "
					+ "oppdragsgjevar ovanfor PwC.";
			projects.saveBudget(community, id, new SaveBudget(costs, shares, contributions, economyNote,
					projects.get(community.id(), id).version()));
		}

		private void subProjects(long id) {
			long recruitment = subProject(id, "Rekruttering av personell", "Astrid Hjelmeland",
					"Kapittel til samla rapport frå prosjektet");
			task(id, recruitment, "Analysere grunnlagsdokument, status på arbeidet med rekruttering i dag",
					"Kartlegging av dagens situasjon, rekrutteringstiltak som er i drift, kva jobbar vi godt med og kan dele av erfaringar.",
					TaskStatus.DONE, LocalDate.of(2024, 4, 30));
			task(id, recruitment, "Kartlegge kjøp av private helse- og omsorgstenester i vårt område i dag",
					"Kartlegge bruk av vikarbyrå. Kartlegge ledige/ubesette fagstillingar.", TaskStatus.DONE,
					LocalDate.of(2024, 5, 31));
			task(id, recruitment, "Framstille kva kritisk kompetanse regionen har utfordringar med å rekruttere", "",
					TaskStatus.IN_PROGRESS, LocalDate.of(2024, 8, 31));
			task(id, recruitment, "Framstille konsise problemstillingar til drøfting på nettverkssamling", "",
					TaskStatus.NOT_STARTED, LocalDate.of(2024, 10, 15));
			task(id, recruitment, "Utarbeide eit kapittel til samla rapport frå prosjektet", "", TaskStatus.NOT_STARTED,
					LocalDate.of(2025, 3, 31));

			long competence = subProject(id, "Samhandling om nødvendig kompetanse i Sogn og Fjordane helsefellesskap",
					"Solveig Nygård", "Kapittel til samla rapport frå prosjektet");
			task(id, competence, "Ut frå leveranse 3 i delprosjekt 1, peike på moglege område vi bør samarbeide tettare omkring",
					"", TaskStatus.NOT_STARTED, LocalDate.of(2024, 9, 30));
			task(id, competence, "Analysere grunnlagsdokument, utarbeide intervjuguide til fokusgruppeintervju", "",
					TaskStatus.IN_PROGRESS, LocalDate.of(2024, 6, 30));
			task(id, competence, "Gjennomføre intervju av helsepersonell og analysere intervjua",
					"Avklare om PwC gjennomfører intervjua.", TaskStatus.NOT_STARTED, LocalDate.of(2024, 9, 30));
			task(id, competence, "Framstille konsise problemstillingar og forslag til tiltak for drøfting på nettverkssamling",
					"", TaskStatus.NOT_STARTED, LocalDate.of(2024, 10, 15));
			task(id, competence, "Utarbeide eit kapittel til samla rapport frå prosjektet", "", TaskStatus.NOT_STARTED,
					LocalDate.of(2025, 3, 31));

			long planning = subProject(id, "Langsiktig planlegging kommune og føretak", "Eirik Lunde",
					"Kapittel til samla rapport frå prosjektet");
			task(id, planning, "Analysere grunnlagsdokument, sjå desse i samanheng med folketalsutviklinga per kommune",
					"", TaskStatus.IN_PROGRESS, LocalDate.of(2024, 6, 30));
			task(id, planning, "Velje ut, gå gjennom og samanlikne helseplanar i nokre utvalde kommunar og føretak", "",
					TaskStatus.NOT_STARTED, LocalDate.of(2024, 9, 30));
			task(id, planning, "Framstille konsise problemstillingar til drøfting på nettverkssamling", "",
					TaskStatus.NOT_STARTED, LocalDate.of(2024, 10, 15));
			task(id, planning, "Utarbeide eit kapittel til samla rapport frå prosjektet", "", TaskStatus.NOT_STARTED,
					LocalDate.of(2025, 3, 31));
		}

		private void anchoring(long id) {
			milestone(id, "Forankring: Helse- og omsorgsutvalet", LocalDate.of(2024, 1, 23), "");
			milestone(id, "Forankring: KD-nettverk region Fjordane", LocalDate.of(2024, 1, 29), "");
			milestone(id, "Forankring: Nettverket for kommunalsjefar i HAFS", LocalDate.of(2024, 2, 2), "");
			milestone(id, "Forankring: Fagleg samarbeidsutval", LocalDate.of(2024, 2, 14), "");
			milestone(id, "Forankring: Nettverket for kommunalsjefar i Sogn", LocalDate.of(2024, 2, 15), "");
			milestone(id, "Forankring: Kommuneoverlegenettverket", LocalDate.of(2024, 2, 28), "");
			milestone(id, "SSU godkjenner mandatet", LocalDate.of(2024, 2, 29), "");
			milestone(id, "Nettverkssamling for strategisk og administrativ leiing", LocalDate.of(2024, 11, 1),
					"Haust 2024 eller vår 2025; datoen er ikkje fastsett.");
		}

		private void learningNetwork() {
			var project = new SaveProject("Læringsnettverk for gode pasientforløp",
					"""
					Ein har jobba med læringsnettverk i Sogn og Fjordane sidan 2019. Forankringsarbeidet tok tid, men var heilt naudsynt for å sikre at utviklingsarbeidet også vert halde tak i når læringsnettverket er over. I august 2020 kom samla tilbakemelding frå alle kommunalsjefar om at dette er eit læringsnettverk kommunane ser behov for og ynskjer å prioritere i samarbeid med Helse Førde.

					17 team frå 12 kommunar og Helse Førde har delteke, samansette tverrfagleg og tverrsektorielt for å sikre forløpstankegangen. Utviklingssenter for sjukeheimar og heimetenester (USHT) er med-arrangør og følgjer opp teama etter at læringsnettverket er avslutta.""",
					"Læringsnettverket set søkelys på forbetringsområde internt i den enkelte organisasjon og på kva Helse Førde og kommunane må arbeide saman om for å sikre gode pasientforløp på tvers av organisasjonane.",
					ProjectStatus.CLOSED,
					LocalDate.of(2020, 9, 1),
					LocalDate.of(2022, 12, 31),
					forumByLabel.get("FSU"),
					null,
					"""
					Heilskaplege og koordinerte pasientforløp (HPH) for eldre og kronisk sjuke
					Retningsendringa «Kva er viktig for deg?»
					Kontinuerleg forbetringsarbeid også etter at læringsnettverket er over""",
					null, 0);
			long id = projects.create(community, project).id();
			member(id, "Ingrid Fjærestad", ProjectRole.PROJECT_LEADER, "Samhandlingskoordinator");
			externalMember(id, "KS og FHI", ProjectRole.MEMBER, "Arrangør");
			externalMember(id, "USHT Sogn og Fjordane", ProjectRole.MEMBER, "Med-arrangør");
			milestone(id, "Første samling: heilskaplege pasientforløp og «Kva er viktig for deg?»", LocalDate.of(2021, 3, 1),
					"Datoen er omtrentleg.");
			milestone(id, "Andre samling", LocalDate.of(2021, 9, 1), "Datoen er omtrentleg.");
			milestone(id, "Tredje samling", LocalDate.of(2022, 2, 1), "Datoen er omtrentleg.");
			milestone(id, "Fjerde samling i Loen: vegen vidare", LocalDate.of(2022, 6, 1), "Datoen er omtrentleg.");
		}

		private void member(long id, String person, ProjectRole role, String organisation) {
			Long personId = personByName.get(person);
			if (personId != null) {
				projects.addMember(community, id, new AddProjectMember(personId, null, role, organisation));
			}
		}

		private void externalMember(long id, String name, ProjectRole role, String organisation) {
			projects.addMember(community, id, new AddProjectMember(null, name, role, organisation));
		}

		private long subProject(long id, String name, String leader, String deliverables) {
			return subProjects.addSubProject(community, id,
					new SaveSubProject(name, null, personByName.get(leader), null, deliverables, 0));
		}

		private void task(long id, long subProjectId, String title, String note, TaskStatus status, LocalDate due) {
			subProjects.addTask(community, id, subProjectId, new SaveTask(title, note, status, due, 0));
		}

		private void milestone(long id, String title, LocalDate day, String note) {
			projects.addMilestone(community, id, new AddMilestone(title, day, note));
		}

	}

}

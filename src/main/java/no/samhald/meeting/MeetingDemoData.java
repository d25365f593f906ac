package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;

/**
 * Meetings, cases and decisions as the seeds describe them: the mandate of the
 * samhandlingsprosjekt and its anchoring trail through seven forums in early 2024 (002), and
 * Vestfold's proposal for conclusion on Handlingsplan 2025 and the strategy (003). Participants
 * are the invented persons of the partnership demo data.
 */
@Component
@Order(30)
record MeetingDemoData(CommunityDemoLoads demo, Forums forums, MeetingRepository meetings, CaseRepository cases,
		MatterRepository matters) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "meeting.demo", c -> new Builder(c).sognOgFjordane());
		demo.once("vestfold", "meeting.demo.vestfold", c -> new Builder(c).vestfold());
	}

	private final class Builder {

		private final Community community;

		private final Map<String, Forum> forumByName = new HashMap<>();

		Builder(Community community) {
			this.community = community;
			for (Forum f : forums.all(community.id())) {
				forumByName.put(f.name(), f);
				forumByName.put(f.label(), f);
			}
		}

		void sognOgFjordane() {
			Meeting ssuDecember = meeting("SSU", LocalDate.of(2023, 12, 14), "Førde, Helse Førde sitt administrasjonsbygg", true, true);
			decided(ssuDecember, "Felles planlegging av tenestene: rekruttering og stabilisering av kompetanse",
					"Kommunane og Helse Førde er i dag i liten grad involverte i kvarandre si planlegging av tenestene. "
							+ "Felles planlegging vart eit lovkrav i 2022 og må følgjast opp gjennom helsefellesskapet.",
					"Strategisk samarbeidsutval set i gong eit felles arbeid for å sikre betre felles planlegging av tenestene, "
							+ "med tiltak for tettare samarbeid om rekruttering, stabilisering av kompetanse og samhandling om "
							+ "tenestene til våre felles brukarar. Eit mandat for eit samhandlingsprosjekt vert lagt fram for SSU.",
					null);

			Matter mandate = matters.save(new Matter(null, community.id(),
					"Mandat for samhandlingsprosjektet Sogn og Fjordane helsefellesskap",
					"Samhandlingsprosjektet skal skape eit felles kunnskapsgrunnlag og situasjonsforståing om rekruttering, "
							+ "bruk av eksterne ressursar og kritisk kompetanse, og gje betre felles planlegging av tenestene. "
							+ "SSU er styringsgruppe.", 0, List.of()));
			String mandateTitle = "Mandat for samhandlingsprosjektet";
			String mandateBackground = "Strategisk samarbeidsutval vedtok i desember 2023 å setje i gong eit felles arbeid for betre felles "
					+ "planlegging av tenestene. Prosjektet har tre delprosjekt: rekruttering av personell, samhandling om "
					+ "naudsynt kompetanse, og langsiktig planlegging i kommune og føretak. Mandatet vert forankra i nettverka "
					+ "før SSU godkjenner det.";
			String mandateProposal = "Strategisk samarbeidsutval godkjenner mandatet for samhandlingsprosjektet. Utgifter til "
					+ "konsulentbistand frå PwC vert dekte av partnarane etter vedteken fordeling: Helse Førde 130 000 kroner og "
					+ "kommunane 170 000 kroner. Kinn kommune tek ansvaret for oppfølginga av økonomien og er oppdragsgjevar "
					+ "overfor PwC. Partnarane stiller personellressursar inn i arbeidet i tråd med prosjektplanen.";

			var steps = new ArrayList<AnchoringStep>();
			steps.add(discussed("HOU", LocalDate.of(2024, 1, 23), mandate, mandateTitle, mandateBackground, AnchoringOutcome.DISCUSSED,
					"Utvalet støttar prosjektet og ber om at kommunalsjefnettverka vert involverte."));
			steps.add(discussed("KD-nettverk region Fjordane", LocalDate.of(2024, 1, 29), mandate, mandateTitle, mandateBackground,
					AnchoringOutcome.RECOMMENDED, "Kommunedirektørane tilrår at kommunane stiller med ressursar."));
			steps.add(discussed("Nettverket for kommunalsjefar i HAFS", LocalDate.of(2024, 2, 2), mandate, mandateTitle,
					mandateBackground, AnchoringOutcome.DISCUSSED, "Ønskjer at kartlegginga av vikarbruk tek med dei minste kommunane."));
			Meeting fsu = meeting("FSU", LocalDate.of(2024, 2, 14), "Teams", true, true);
			Case fsuCase = decided(fsu, mandateTitle, mandateBackground,
					"Fagleg samarbeidsutval tilrår at Strategisk samarbeidsutval godkjenner mandatet for samhandlingsprosjektet.",
					mandate.id());
			steps.add(step(fsu, fsuCase, AnchoringOutcome.RECOMMENDED, "FSU tilrår mandatet.", false));
			steps.add(discussed("Nettverket for kommunalsjefar i Sogn", LocalDate.of(2024, 2, 15), mandate, mandateTitle,
					mandateBackground, AnchoringOutcome.DISCUSSED, "Drøfta; ingen merknader til mandatet."));
			steps.add(discussed("Kommuneoverlegenettverket", LocalDate.of(2024, 2, 28), mandate, mandateTitle, mandateBackground,
					AnchoringOutcome.RECOMMENDED, "Tilrår mandatet og ber om at fastlegane vert tekne med i delprosjekt 2."));
			Meeting ssu = meeting("SSU", LocalDate.of(2024, 2, 29), "Førde, Helse Førde sitt administrasjonsbygg", true, true);
			Case ssuCase = save(ssu, mandateTitle + ", godkjenning", mandateTitle + ", godkjenning", CaseType.DECISION,
					mandateBackground, mandateProposal, mandateProposal, false, null, mandate.id());
			steps.add(step(ssu, ssuCase, AnchoringOutcome.ADOPTED, "SSU godkjende mandatet og kostnadsfordelinga.", true));
			save(ssu, "Frikjøp av prosjektleiar frå Kinn kommune – avtale om lønsrefusjon",
					"Frikjøp av prosjektleiar", CaseType.DECISION, "Avtale om refusjon av lønn for prosjektleiar.",
					"Strategisk samarbeidsutval godkjenner avtalen om frikjøp.", "Strategisk samarbeidsutval godkjenner avtalen om frikjøp.",
					true, "Offl. § 25", null);
			save(ssu, "Orientering om nettverkssamling hausten 2024", "Orientering om nettverkssamling hausten 2024",
					CaseType.INFORMATION, "Prosjektgruppa planlegg ei felles nettverkssamling for strategisk og administrativ "
							+ "leiing i kommunane og helseføretaket.", "", null, false, null, null);
			matters.save(new Matter(mandate.id(), community.id(), mandate.title(), mandate.description(), mandate.version(),
					Matter.numbered(steps)));

			Meeting upcoming = meeting("SSU", LocalDate.of(2026, 12, 10), "Sogndal, rådhuset", false, true);
			save(upcoming, "Handlingsplan 2027–2028 for Sogn og Fjordane helsefellesskap", "Handlingsplan 2027–2028",
					CaseType.DECISION, "Fagleg samarbeidsutval har utarbeidd utkast til ny handlingsplan med tiltak for dei fire "
							+ "prioriterte pasientgruppene.", "Strategisk samarbeidsutval vedtek handlingsplanen for 2027–2028.",
					null, false, null, null);
			save(upcoming, "Rapport frå samhandlingsprosjektet", "Rapport frå samhandlingsprosjektet", CaseType.DISCUSSION,
					"Samla rapport frå dei tre delprosjekta om rekruttering, kritisk kompetanse og langsiktig planlegging.", "",
					null, false, null, null);
		}

		void vestfold() {
			Matter plan = matters.save(new Matter(null, community.id(), "Handlingsplan 2025 og strategi for Helsefellesskapet i Vestfold",
					"Ulike faglige aktører har kommet med innspill. Behandlet i lederforum, DLG, FSU og SSU før Partnerskapsmøtet.",
					0, List.of()));
			String title = "Handlingsplan for Helsefellesskapet i Vestfold 2025 og strategi";
			String background = "Satsninger fra 2024 som ikke er startet eller planlagt avsluttet det året, blir med videre i "
					+ "Handlingsplan for 2025. Det er foreslått å utarbeide en strategi for helsefellesskapet for samme periode som "
					+ "Nasjonal helse- og samhandlingsplan. SiV støtter at SSU gis tilsvarende myndighet som i 2023 til å vedta "
					+ "endelig handlingsplan, og er positiv til at det utarbeides en flerårig strategi.";
			String conclusion = """
					1) Partnerskapet godkjenner at utkast til «Handlingsplan for Helsefellesskapet i Vestfold 2025» legges til grunn for arbeidet i Helsefellesskapet i Vestfold.
					2) Strategisk samarbeidsutvalg (SSU) gis myndighet til å konkretisere og endelig vedta «Handlingsplan for Helsefellesskapet i Vestfold 2025» i siste SSU-møte i 2024.
					3) Strategisk samarbeidsutvalg (SSU) gis myndighet til foreløpig å vedta «Strategi for Helsefellesskapet i Vestfold», med muligheter for revisjon i Partnerskapsmøte 2025.""";
			var steps = new ArrayList<AnchoringStep>();
			steps.add(new AnchoringStep(0, forumByName.get("DLG").id(), LocalDate.of(2024, 5, 6), AnchoringOutcome.DISCUSSED,
					"Innspill: tiltak for prioritering og reduksjon av overbehandling og uønsket variasjon.", null, false, 0));
			Meeting fsu = meeting("FSU", LocalDate.of(2024, 5, 14), "Tønsberg, SiV", true, true);
			Case fsuCase = save(fsu, title, title, CaseType.DISCUSSION, background, "", null, false, null, plan.id());
			steps.add(step(fsu, fsuCase, AnchoringOutcome.DISCUSSED, "FSU drøftet utkastet og ga innspill om rehabilitering.", false));
			Meeting ssu = meeting("SSU", LocalDate.of(2024, 5, 28), "Tønsberg, SiV", true, true);
			Case ssuCase = save(ssu, title, title, CaseType.DECISION, background, conclusion,
					"SSU anbefaler Partnerskapsmøtet å slutte seg til forslaget til konklusjon.", false, null, plan.id());
			steps.add(step(ssu, ssuCase, AnchoringOutcome.RECOMMENDED, "SSU anbefaler forslaget til konklusjon.", false));
			Meeting partnership = meeting("Partnerskapsmøte", LocalDate.of(2024, 6, 13), "Sandefjord", true, true);
			Case decision = save(partnership, title, title, CaseType.DECISION, background, conclusion, conclusion, false, null,
					plan.id());
			steps.add(step(partnership, decision, AnchoringOutcome.ADOPTED, "Partnerskapsmøtet vedtok forslaget til konklusjon.", true));
			matters.save(new Matter(plan.id(), community.id(), plan.title(), plan.description(), plan.version(),
					Matter.numbered(steps)));

			Meeting december = meeting("SSU", LocalDate.of(2024, 12, 12), "Teams", true, true);
			save(december, "Endelig vedtak av Handlingsplan for Helsefellesskapet i Vestfold 2025", "Handlingsplan 2025",
					CaseType.DECISION, "Partnerskapsmøtet ga SSU myndighet til å konkretisere og endelig vedta handlingsplanen.",
					"SSU vedtar Handlingsplan for Helsefellesskapet i Vestfold 2025.",
					"SSU vedtar Handlingsplan for Helsefellesskapet i Vestfold 2025 med de anbefalte satsningene for rehabilitering, "
							+ "habilitering og svangerskap, fødsel og barsel.", false, null, null);
		}

		private AnchoringStep discussed(String forumName, LocalDate day, Matter matter, String title, String background,
				AnchoringOutcome outcome, String summary) {
			Meeting meeting = meeting(forumName, day, "Teams", false, true);
			Case item = save(meeting, title, title, CaseType.DISCUSSION, background, "", null, false, null, matter.id());
			return step(meeting, item, outcome, summary, false);
		}

		private AnchoringStep step(Meeting meeting, Case item, AnchoringOutcome outcome, String summary, boolean deciding) {
			// numbered when the trail is saved
			return new AnchoringStep(0, meeting.forumId(), meeting.startsAt().toLocalDate(), outcome, summary, item.id(),
					deciding, 0);
		}

		private Case decided(Meeting meeting, String title, String background, String decision, Long matterId) {
			return save(meeting, title, title, CaseType.DECISION, background, decision, decision, false, null, matterId);
		}

		private Meeting meeting(String forumName, LocalDate day, String place, boolean held, boolean open) {
			Forum forum = forumByName.get(forumName);
			LocalDateTime start = day.atTime(LocalTime.of(10, 0));
			Instant approved = held ? day.plusDays(7).atStartOfDay(Meeting.NORWAY).toInstant() : null;
			var participants = Participant.fromMembers(forums.currentMembers(community.id(), forum.id())).stream()
				.map(p -> held ? new Participant(p.personId(), p.role(), Attendance.PRESENT, null, p.mustApprove(),
						p.mustApprove() ? approved : null) : p)
				.toList();
			return meetings.save(new Meeting(null, community.id(), forum.id(), "", start, start.plusHours(3), place, null,
					held ? MeetingStatus.MINUTES_APPROVED : MeetingStatus.NOTICE_SENT, open, "", approved, 0, participants));
		}

		private Case save(Meeting meeting, String title, String publicTitle, CaseType type, String background,
				String proposal, String decision, boolean exempt, String basis, Long matterId) {
			int year = meeting.startsAt().getYear();
			int number = (int) cases.findByCommunityIdOrderByYearDescNumberDesc(community.id()).stream()
				.filter(c -> c.forumId().equals(meeting.forumId()) && c.year() == year).count() + 1;
			Instant decidedAt = decision == null ? null : meeting.endsAt().atZone(Meeting.NORWAY).toInstant();
			return cases.save(new Case(null, community.id(), meeting.forumId(), meeting.id(), year, number, title, publicTitle,
					type, background, proposal, decision, decidedAt, exempt, basis, matterId, 0, Set.of()));
		}

	}

}

package no.samhald.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementKind;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.meeting.Case;
import no.samhald.meeting.Cases;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.plan.ActionPlans;

/**
 * Two rounds with invented wording: Vestfold's input round on Handlingsplan 2025 (seed 003: input
 * from SiV, the municipalities and DLG), answered, summed up and closed; and Sogn og Fjordane's
 * closed round on the revised sub-agreement on discharge, open for three weeks from the first start,
 * with one answer in and one draft. Stored directly, so that no mail goes out for demo rounds.
 */
@Component
@Order(85)
record ConsultationDemoData(CommunityDemoLoads demo, Partners partners, Forums forums, ActionPlans plans,
		Agreements agreements, Cases cases, ConsultationRepository rounds, ResponseRepository responses, Clock clock) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("vestfold", "consultation.vestfold", this::vestfold);
		demo.once("sogn-og-fjordane", "consultation.sogn-og-fjordane", this::sogn);
	}

	private void vestfold(Community c) {
		Long plan = plans.all(c.id()).stream().filter(p -> p.title().equals("Handlingsplan 2025")).map(p -> p.id())
			.findFirst().orElse(null);
		Long decidingCase = cases.visible(c).stream().filter(k -> k.title().startsWith("Endelig vedtak av Handlingsplan"))
			.map(Case::id).findFirst().orElse(null);
		Respondent siv = Respondent.partner(partner(c, "SiV"));
		Respondent horten = Respondent.partner(partner(c, "Horten"));
		Respondent tonsberg = Respondent.partner(partner(c, "Tønsberg"));
		Respondent larvik = Respondent.partner(partner(c, "Larvik"));
		Respondent sandefjord = Respondent.partner(partner(c, "Sandefjord"));
		Respondent dlg = Respondent.forum(forum(c, "DLG"));
		Consultation round = rounds.save(new Consultation(null, c.id(), "Handlingsplan 2025 – innspill",
				"Utkastet til Handlingsplan 2025 sendes på innspillsrunde til Sykehuset i Vestfold, kommunene og DLG "
						+ "før behandling i FSU, SSU og Partnerskapsmøtet.",
				plan == null ? DocumentKind.NONE : DocumentKind.ACTION_PLAN, plan, null, null, LocalDate.of(2024, 9, 20), true,
				decidingCase,
				"Innspillene støtter de fire innsatsområdene. Flere ber om færre og tydeligere tiltak, og om at "
						+ "oppfølgingen av utskrivningsklare pasienter prioriteres. Forslaget til handlingsplan er justert: "
						+ "tiltakene for akuttkjeden er slått sammen, og kompetansetiltakene har fått ansvarlig eier.",
				LocalDate.of(2024, 8, 26), LocalDate.of(2024, 10, 1), 0,
				List.of(new Question("Gir innsatsområdene i utkastet riktig retning for 2025?"),
						new Question("Hvilke tiltak bør prioriteres først, og hvorfor?"),
						new Question("Hva trenger dere for å delta i gjennomføringen?")),
				Set.of(siv, horten, tonsberg, larvik, sandefjord, dlg)));
		answer(round, siv, "2024-09-18T10:00:00Z", false, "Ja. Vi støtter særlig innsatsområdet om utskrivning.",
				"Felles rutine for utskrivningsklare pasienter og digital samhandling.",
				"Tid til felles opplæring i avdelingene.");
		answer(round, horten, "2024-09-16T08:30:00Z", false, "I hovedsak ja.",
				"Tiltak for akuttkjeden, særlig samtrening.", "Frikjøp av ressurspersoner.");
		answer(round, tonsberg, "2024-09-19T12:00:00Z", false, "Ja, men planen har for mange tiltak.",
				"Færre tiltak med tydelig eier.", "Forutsigbar møteplan i nettverkene.");
		answer(round, larvik, "2024-09-23T09:15:00Z", true, "Ja.",
				"Kompetansetiltak for hjemmetjenesten.", "Hospitering i sykehuset.");
		answer(round, dlg, "2024-09-12T14:00:00Z", false, "DLG støtter retningen.",
				"Utskrivningsklare pasienter og akuttkjeden.", "");
	}

	private void sogn(Community c) {
		Agreement discharge = agreements.all(c.id()).stream()
			.filter(a -> a.kind() == AgreementKind.SUB_AGREEMENT && Integer.valueOf(3).equals(a.number()))
			.findFirst().orElse(null);
		AgreementVersion version = discharge == null ? null
				: agreements.versions(c.id(), discharge.id()).stream().reduce((a, b) -> b).orElse(null);
		Respondent helseForde = Respondent.partner(partner(c, "HFD"));
		Respondent kinn = Respondent.partner(partner(c, "Kinn"));
		Respondent sunnfjord = Respondent.partner(partner(c, "Sunnfjord"));
		Respondent sogndal = Respondent.partner(partner(c, "Sogndal"));
		Respondent fsu = Respondent.forum(forum(c, "FSU"));
		LocalDate today = LocalDate.now(clock);
		Consultation round = rounds.save(new Consultation(null, c.id(), "Revidert delavtale 3 – høyring",
				"Avtaleutvalet har revidert delavtalen om utskriving av pasientar frå sjukehus: forenkla, konkretisert "
						+ "og tilpassa digital samhandling. Partnarane og FSU vert bedne om innspel før handsaming i SSU.",
				version == null ? DocumentKind.NONE : DocumentKind.AGREEMENT_VERSION, null,
				version == null ? null : discharge.id(), version == null ? null : version.id(), today.plusDays(21), false,
				null, "", today, null, 0,
				List.of(new Question("Er ansvarsdelinga ved utskriving tydeleg nok i utkastet?"),
						new Question("Kva bør endrast før avtalen vert vedteken?")),
				Set.of(helseForde, kinn, sunnfjord, sogndal, fsu)));
		answer(round, helseForde, clock.instant().atZone(ZoneId.of("Europe/Oslo")).minusDays(1).toInstant().toString(),
				false, "Ja, men varslinga før utskriving bør ha ei fast tidsfrist.",
				"Legg inn eit punkt om felles avvikshandtering.");
		answer(round, sunnfjord, clock.instant().toString(), false, "Ja.",
				"Kommunane treng tid til å tilpasse rutinane for heimetenesta.");
		answer(round, kinn, null, false, "Utkast: vi drøftar dette i leiarmøtet.", "");
	}

	private void answer(Consultation round, Respondent respondent, String submittedAt, boolean late, String... texts) {
		responses.save(new Response(null, round.id(), respondent.kind(), respondent.respondentId(),
				submittedAt == null ? null : java.time.Instant.parse(submittedAt), late, "demo", 0,
				java.util.Arrays.stream(texts).map(AnswerText::new).toList()));
	}

	private long partner(Community c, String shortName) {
		return partners.all(c.id()).stream().filter(p -> shortName.equals(p.shortName())).map(Partner::id)
			.findFirst().orElseThrow(() -> new IllegalStateException("No demo partner " + shortName));
	}

	private long forum(Community c, String shortName) {
		return forums.all(c.id()).stream().filter(f -> shortName.equals(f.shortName()) || shortName.equals(f.name()))
			.map(Forum::id).findFirst().orElseThrow(() -> new IllegalStateException("No demo forum " + shortName));
	}

}

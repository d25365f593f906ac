package no.samhald.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.plan.PatientGroup;

/**
 * Invented samhandlingsavvik for the demo: about forty across the Sogn og Fjordane municipalities
 * and Helse Førde's hospitals in 2025–2026, a handful for Vestfold in Bokmål. The texts describe
 * what typically fails at discharge, admission and in messages; no patient identity anywhere.
 * Statuses follow the age of each report, so some are open, some overdue, most answered or closed.
 */
@Component
@Order(60)
class DeviationDemoData implements ApplicationRunner {

	private final CommunityDemoLoads demo;

	private final Partners partners;

	private final DeviationRepository repository;

	private final Clock clock;

	DeviationDemoData(CommunityDemoLoads demo, Partners partners, DeviationRepository repository,
			Clock clock) {
		this.demo = demo;
		this.partners = partners;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "deviation.sogn-og-fjordane", c -> load(c, NYNORSK, 40));
		demo.once("vestfold", "deviation.vestfold", c -> load(c, BOKMAAL, 6));
	}

	private void load(Community community, List<Example> examples, int count) {
		List<Partner> all = partners.all(community.id());
		List<Partner> municipalities = all.stream().filter(Partner::isMunicipality).toList();
		List<Partner> hospitals = all.stream()
			.filter(p -> p.type() == PartnerType.HOSPITAL || p.type() == PartnerType.HEALTH_TRUST)
			.toList();
		if (municipalities.isEmpty() || hospitals.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		var random = new Random(9);
		List<Example> sequence = new ArrayList<>();
		for (int i = 0; sequence.size() < count; i++) {
			Example example = examples.get(i % examples.size());
			for (int w = 0; w < example.weight() && sequence.size() < count; w++) {
				sequence.add(example);
			}
		}
		Collections.shuffle(sequence, random);
		LocalDate first = LocalDate.of(2025, 1, 8);
		long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, today.minusDays(3)));
		for (int i = 0; i < sequence.size(); i++) {
			Example example = sequence.get(i);
			LocalDate eventDate = first.plusDays(span * i / sequence.size() + random.nextInt(5));
			if (eventDate.isAfter(today.minusDays(2))) {
				eventDate = today.minusDays(2);
			}
			LocalDate received = eventDate.plusDays(random.nextInt(3));
			Partner municipality = municipalities.get(random.nextInt(municipalities.size()));
			Partner hospital = hospitals.get(random.nextInt(hospitals.size()));
			Partner from = example.fromMunicipality() ? municipality : hospital;
			Partner to = example.fromMunicipality() ? hospital : municipality;
			repository.save(deviation(community, example, i, from, to, eventDate, received, today));
		}
	}

	private static Deviation deviation(Community community, Example e, int i, Partner from, Partner to,
			LocalDate eventDate, LocalDate received, LocalDate today) {
		LocalDate due = received.plusWeeks(Deviation.ANSWER_WEEKS);
		long age = java.time.temporal.ChronoUnit.DAYS.between(received, today);
		DeviationStatus status;
		if (age > 70) {
			status = i % 3 == 0 ? DeviationStatus.ANSWERED : DeviationStatus.CLOSED;
		}
		else if (age > 21) {
			// Some reports from the last months are still waiting, past their deadline.
			status = i % 2 == 0 ? DeviationStatus.IN_PROGRESS : DeviationStatus.ANSWERED;
		}
		else {
			status = i % 2 == 0 ? DeviationStatus.RECEIVED : DeviationStatus.IN_PROGRESS;
		}
		boolean answered = status == DeviationStatus.ANSWERED || status == DeviationStatus.CLOSED;
		LocalDate answeredOn = answered ? received.plusDays(7 + i % 14) : null;
		String reporter = i % 4 == 0 ? "medlem" : i % 4 == 1 ? "koordinator" : "demo.helsearbeidar";
		if (community.slug().equals("vestfold")) {
			reporter = i % 2 == 0 ? "vestfold" : "demo.helsearbeider";
		}
		return new Deviation(null, community.id(), from.id(), from.type().name(), to.id(), to.type().name(), eventDate,
				e.category(), e.patientGroup(), e.description(), e.consequence(),
				"Synergi " + received.getYear() + "-" + (1000 + i * 37), reporter, received, due, status,
				answered ? e.answer() : null, answered ? e.measure() : null, answered ? "koordinator" : null, answeredOn, 0);
	}

	private record Example(int weight, boolean fromMunicipality, DeviationCategory category, PatientGroup patientGroup,
			String description, String consequence, String answer, String measure) {
	}

	private static final List<Example> NYNORSK = List.of(
			new Example(7, true, DeviationCategory.DISCHARGE, PatientGroup.FRAIL_ELDERLY,
					"Pasienten vart skriven ut til heimen fredag kveld utan at heimesjukepleia var varsla. Epikrisa kom først tysdagen etter.",
					"Pasienten var utan tilsyn over helga. Heimesjukepleia fann pasienten dehydrert ved første besøk.",
					"Gjennomgått i sengeposten. Rutinen for varsling av kommunen før utskriving vart ikkje følgd på kveldstid.",
					"Ingen utskriving til heimetenester etter kl. 15 på fredagar utan stadfesta mottak. Rutinen er teken opp på personalmøte."),
			new Example(5, true, DeviationCategory.DISCHARGE, PatientGroup.MULTIPLE_CHRONIC_CONDITIONS,
					"Epikrisa mangla opplysningar om sårbehandling og plan for vidare oppfølging. Sjukeheimen måtte ringje sengeposten for å få vite kva som var gjort.",
					"Forseinka sårbehandling eitt døgn.",
					"Mal for epikrise er gjennomgått. Sårbehandling var dokumentert i sjukepleiarnotat, men ikkje teke med i epikrisa.",
					"Sjukepleiedokumentasjon ved utskriving skal følgje pasienten; sjekkliste for utskriving er utvida med sårstatus."),
			new Example(5, true, DeviationCategory.MEDICATION, PatientGroup.FRAIL_ELDERLY,
					"Medisinlista i epikrisa samsvarte ikkje med det pasienten fekk på sjukehuset. Endring i blodfortynnande var ikkje forklart.",
					"Usikkerheit om rett dose; kommunen måtte kontakte sjukehuset og fastlegen før første dose.",
					"Legemiddelsamstemming vart ikkje gjort ved utskriving på grunn av travelt døgn.",
					"Farmasøyt deltek i legemiddelsamstemming før utskriving av eldre med meir enn fem faste legemiddel."),
			new Example(4, false, DeviationCategory.MEDICATION, PatientGroup.MULTIPLE_CHRONIC_CONDITIONS,
					"Pasienten kom inn frå sjukeheim utan oppdatert legemiddelliste. Lista i kjernejournalen var fleire månader gammal.",
					"Forseinka oppstart av behandling på akuttmottaket.",
					"Sjukeheimen har gått gjennom rutinen for oppdatering av legemiddellister ved endringar.",
					"Legemiddellista skal skrivast ut og følgje pasienten ved all innlegging; tilsynslege oppdaterer lista ved kvar endring."),
			new Example(4, true, DeviationCategory.COMMUNICATION, null,
					"Pleie- og omsorgsmelding frå sjukehuset vart sendt til feil eining i kommunen og låg ulest i tre dagar.",
					"Kommunen fekk ikkje førebudd vedtak om teneste før pasienten kom heim.",
					"Adresseregisteret for kommunen var ikkje oppdatert etter omorganisering.",
					"Kommunane melder endringar i adresseregisteret til samhandlingskoordinatoren, som sjekkar registeret kvart kvartal."),
			new Example(4, false, DeviationCategory.COMMUNICATION, PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION,
					"Dialogmelding til kommunen om samarbeidsmøte før utskriving frå DPS fekk ikkje svar innan fristen.",
					"Samarbeidsmøtet vart utsett, og utskrivinga vart forseinka.",
					"Meldingane går til ei felles innboks som ikkje vart følgd opp i ferien.",
					"Kommunen har oppretta ferieturnus for felles innboks for psykisk helse og rus."),
			new Example(4, false, DeviationCategory.ADMISSION, PatientGroup.FRAIL_ELDERLY,
					"Innlegging frå legevakt utan innleggingsskriv og utan opplysningar om funksjonsnivå før sjukdommen.",
					"Sjukehuset måtte bruke tid på å hente inn opplysningar; vurderinga vart forseinka.",
					"Legevakta har gått gjennom saka. Elektronisk innleggingsskriv vart ikkje sendt på grunn av teknisk feil.",
					"Ved teknisk feil skal innleggingsskrivet følgje pasienten på papir; rutinen er lagd inn i legevakthandboka."),
			new Example(2, true, DeviationCategory.ADMISSION, PatientGroup.CHILDREN_AND_YOUNG_PEOPLE,
					"Tilvising til barne- og ungdomspsykiatrien vart returnert utan grunngjeving, og fastlegen fekk ikkje melding om det.",
					"Forseinka oppfølging i fleire veker.",
					"Returen skulle vore grunngjeven og sendt til tilvisar; feilen er følgd opp i poliklinikken.",
					"Mal for retur av tilvising er endra slik at grunngjeving er obligatorisk."),
			new Example(3, false, DeviationCategory.AVAILABILITY, PatientGroup.FRAIL_ELDERLY,
					"Kommunen kunne ikkje ta imot utskrivingsklar pasient på fire dagar fordi det ikkje var ledig korttidsplass.",
					"Pasienten vart verande på sjukehuset utan medisinsk grunn.",
					"Kapasiteten på korttidsplassar var sprengd i sommarferien.",
					"Kommunane i regionen samarbeider om felles oversikt over ledige korttidsplassar i ferieperiodar."),
			new Example(2, true, DeviationCategory.OTHER, null,
					"Avtalt hjelpemiddel (sjukeseng) var ikkje på plass ved heimkomst trass i avtale ved utskrivingsmøtet.",
					"Pasienten måtte sove i stol første natta.",
					"Bestillinga gjekk ikkje vidare frå ergoterapeuten på sjukehuset til hjelpemiddellageret.",
					"Hjelpemiddel skal stadfestast levert før utskrivingsdato vert sett."));

	private static final List<Example> BOKMAAL = List.of(
			new Example(2, true, DeviationCategory.DISCHARGE, PatientGroup.FRAIL_ELDERLY,
					"Pasienten ble skrevet ut sent på kvelden uten at hjemmesykepleien var varslet.",
					"Pasienten var uten tilsyn natten etter hjemkomst.",
					"Rutinen for varsling før utskrivning ble ikke fulgt.",
					"Ingen utskrivning til hjemmetjenester etter kl. 15 uten bekreftet mottak."),
			new Example(2, true, DeviationCategory.MEDICATION, PatientGroup.MULTIPLE_CHRONIC_CONDITIONS,
					"Legemiddellisten i epikrisen stemte ikke med det pasienten fikk under oppholdet.",
					"Usikkerhet om riktig dose de første dagene hjemme.",
					"Legemiddelsamstemming ble ikke gjort ved utskrivning.",
					"Farmasøyt deltar i legemiddelsamstemming før utskrivning."),
			new Example(1, false, DeviationCategory.COMMUNICATION, null,
					"Pleie- og omsorgsmelding ble sendt til feil enhet i kommunen.",
					"Kommunen kunne ikke forberede tjenester før hjemkomst.",
					"Adresseregisteret var ikke oppdatert.",
					"Kommunene melder endringer i adresseregisteret kvartalsvis."),
			new Example(1, false, DeviationCategory.ADMISSION, PatientGroup.FRAIL_ELDERLY,
					"Innleggelse fra legevakt uten innleggelsesskriv.",
					"Forsinket vurdering i akuttmottaket.",
					"Elektronisk skriv ble ikke sendt på grunn av teknisk feil.",
					"Ved teknisk feil følger skrivet pasienten på papir."));

}

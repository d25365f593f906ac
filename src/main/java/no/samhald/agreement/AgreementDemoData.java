package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;

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

/**
 * The agreement structure of seeds 000 and 004: the framework agreement signed by all
 * municipalities in 2021 and 19 sub-agreements under revision by the agreement committee
 * (to be revised during 2023); in Vestfold the sub-agreement on whole patient pathways that
 * seed 003 names as ongoing work. Texts are short summaries, not the real agreements.
 */
@Component
@Order(45)
record AgreementDemoData(CommunityDemoLoads demo, Forums forums, Partners partners, AgreementRepository agreements,
		AgreementVersionRepository versions, ImplementationRepository implementations) implements ApplicationRunner {

	private static final List<String> SUB_AGREEMENTS = List.of(
			"Samarbeid om ansvars- og oppgåvefordeling", "Tilvising og innlegging i sjukehus",
			"Utskriving av pasientar frå sjukehus", "Kommunalt tilbod om døgnopphald for øyeblikkeleg hjelp",
			"Individuell plan, koordinator og koordinerande eining", "Habilitering og rehabilitering",
			"Psykisk helse og rus", "Svangerskaps-, fødsels- og barselomsorg",
			"Kunnskapsoverføring, hospitering og felles kompetanseutvikling", "Forsking, innovasjon og utdanning",
			"IKT-løysingar og elektronisk samhandling", "Førebygging", "Beredskap og den akuttmedisinske kjeda",
			"Legemiddel og legemiddelhandtering", "Behandlingshjelpemiddel og medisinsk forbruksmateriell",
			"Barn og unge", "Praksiskonsulentordninga", "Samhandlingsavvik og forbetringsarbeid",
			"Legar i spesialisering del 1 (LIS1)");

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "agreement.sogn-og-fjordane", this::sognOgFjordane);
		demo.once("vestfold", "agreement.vestfold", this::vestfold);
	}

	private void sognOgFjordane(Community community) {
		Long committee = forum(community, "Avtaleutvalet");
		Agreement framework = agreements.save(new Agreement(null, community.id(), AgreementKind.FRAMEWORK, null,
				"Overordna samarbeidsavtale mellom Helse Førde og kommunane",
				"Grunnlaget for helsefellesskapet: formål, struktur (partnarskapsmøte, strategisk og fagleg samarbeidsutval, "
						+ "felles brukarutval) og korleis delavtalane vert forhandla og reviderte.",
				AgreementStatus.IN_FORCE, committee, LocalDate.of(2025, 6, 30), 0));
		versions.save(new AgreementVersion(null, framework.id(), "2021", LocalDate.of(2021, 6, 15),
				"Kommunestyra og styret i Helse Førde", "Ny struktur for helsefellesskapet frå 1. januar 2022.",
				"Partane skal saman planlegge og utvikle tenestene til felles pasientar. Brukarar og fastlegar deltek på alle nivå.",
				null, List.of(), 0));
		List<Partner> implementers = partners.all(community.id()).stream()
			.filter(p -> p.isMunicipality() || "Helse Førde".equals(p.name()))
			.toList();
		implementers.forEach(p -> implementations.save(new Implementation(null, framework.id(), p.id(),
				ImplementationStatus.IMPLEMENTED, "Signert", LocalDate.of(2021, 9, 1), 0)));

		for (int i = 0; i < SUB_AGREEMENTS.size(); i++) {
			int number = i + 1;
			boolean underRevision = number == 3 || number == 13 || number == 18;
			Agreement sub = agreements.save(new Agreement(null, community.id(), AgreementKind.SUB_AGREEMENT, number,
					SUB_AGREEMENTS.get(i), "Delavtale " + number + " til den overordna samarbeidsavtalen.",
					underRevision ? AgreementStatus.UNDER_REVISION : AgreementStatus.IN_FORCE, committee,
					LocalDate.of(2023, 12, 31), 0));
			versions.save(new AgreementVersion(null, sub.id(), "2016", LocalDate.of(2016, 3, 1),
					"Partnarane", "Revidert etter samhandlingsreforma.", "Avtaleteksten er ikkje lagt inn i demodata.", null,
					List.of(), 0));
			if (number <= 5) {
				for (int p = 0; p < implementers.size(); p++) {
					ImplementationStatus status = (p + number) % 3 == 0 ? ImplementationStatus.IN_PROGRESS
							: ImplementationStatus.IMPLEMENTED;
					implementations.save(new Implementation(null, sub.id(), implementers.get(p).id(), status, "",
							LocalDate.of(2022, 11, 1), 0));
				}
			}
		}
	}

	private void vestfold(Community community) {
		Long ssu = forum(community, "Strategisk samarbeidsutvalg");
		Agreement framework = agreements.save(new Agreement(null, community.id(), AgreementKind.FRAMEWORK, null,
				"Overordnet samarbeidsavtale mellom Sykehuset i Vestfold og kommunene",
				"Eierskap til samarbeidsavtalene i HSØ, SiV og i utførerleddene.", AgreementStatus.IN_FORCE, ssu,
				LocalDate.of(2027, 12, 31), 0));
		versions.save(new AgreementVersion(null, framework.id(), "2020", LocalDate.of(2020, 1, 1), "Partnerne", "",
				"Avtaleteksten er ikke lagt inn i demodata.", null, List.of(), 0));
		agreements.save(new Agreement(null, community.id(), AgreementKind.SUB_AGREEMENT, 1,
				"Delavtale om helhetlige pasientforløp",
				"Pågående arbeid (Handlingsplan 2024, punkt 10); skal ferdigstilles (innspill til Handlingsplan 2025).",
				AgreementStatus.DRAFT, ssu, null, 0));
	}

	private Long forum(Community community, String name) {
		return forums.all(community.id()).stream().filter(f -> f.name().equals(name)).map(Forum::id).findFirst()
			.orElse(null);
	}

}

package no.samhald.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;

/**
 * Sectioned texts for the framework agreement and three sub-agreements of Sogn og Fjordane,
 * each in two versions with visible changes: the framework agreement and sub-agreements 3 and
 * 18 with a draft under revision, sub-agreement 13 with a newer adopted version. The texts
 * (resources agreement/demo) were written for the demo; they are not the real agreements. In a
 * file, "#", "##" and "###" start a chapter, paragraph and point with its number and heading.
 */
@Component
@Order(46)
record AgreementTextDemoData(CommunityDemoLoads demo, AgreementRepository agreements,
		AgreementVersionRepository versions) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "agreement.texts.sogn-og-fjordane", this::sognOgFjordane);
	}

	private void sognOgFjordane(Community community) {
		List<Agreement> all = agreements.findByCommunityIdOrderByKindAscNumberAscTitleAsc(community.id());
		for (Agreement agreement : all) {
			if (agreement.kind() == AgreementKind.FRAMEWORK) {
				sectionsOfFirst(agreement, "framework-1");
				draft(agreement, "Revisjon 2025", "framework-2");
			}
			else if (agreement.kind() == AgreementKind.SUB_AGREEMENT && agreement.number() != null) {
				switch (agreement.number()) {
					case 3 -> {
						sectionsOfFirst(agreement, "sub-3-1");
						draft(agreement, "Utkast 2025", "sub-3-2");
					}
					case 13 -> {
						sectionsOfFirst(agreement, "sub-13-1");
						adopted(agreement, "sub-13-2");
					}
					case 18 -> {
						sectionsOfFirst(agreement, "sub-18-1");
						draft(agreement, "Utkast 2025", "sub-18-2");
					}
					default -> {
						// The other sub-agreements keep their one-line placeholder text.
					}
				}
			}
		}
	}

	private void sectionsOfFirst(Agreement agreement, String file) {
		versions.findByAgreementIdOrderByAdoptedOnDesc(agreement.id()).stream().reduce((newer, older) -> older)
			.ifPresent(v -> versions.save(v.withSections(sections(file), v.version())));
	}

	private void draft(Agreement agreement, String label, String file) {
		versions.save(new AgreementVersion(null, agreement.id(), label, null, "", "", "", null, sections(file), 0));
	}

	private void adopted(Agreement agreement, String file) {
		versions.save(new AgreementVersion(null, agreement.id(), "2024", LocalDate.of(2024, 3, 14),
				"Strategisk samarbeidsutval", "Felles risikoanalyse, årlege øvingar og forsyningstryggleik.", "", null,
				sections(file), 0));
		agreements.save(new Agreement(agreement.id(), agreement.communityId(), agreement.kind(), agreement.number(),
				agreement.title(), agreement.summary(), AgreementStatus.IN_FORCE, agreement.revisionForumId(),
				LocalDate.of(2028, 3, 31), agreement.version()));
	}

	static List<AgreementSection> sections(String file) {
		String text;
		try {
			text = new ClassPathResource("agreement/demo/" + file + ".txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var sections = new ArrayList<AgreementSection>();
		for (String line : text.strip().split("\n")) {
			if (line.startsWith("#")) {
				int depth = line.indexOf(' ');
				String[] numberAndHeading = line.substring(depth + 1).split(" ", 2);
				sections.add(new AgreementSection(SectionLevel.ofDepth(depth), numberAndHeading[0], numberAndHeading[1], ""));
			}
			else {
				AgreementSection last = sections.remove(sections.size() - 1);
				sections.add(new AgreementSection(last.level(), last.number(), last.heading(),
						(last.text() + "\n" + line).strip()));
			}
		}
		return List.copyOf(sections);
	}

}

package no.samhald.placement.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.placement.Allocation;
import no.samhald.placement.PlacementRound;
import no.samhald.placement.PlacementRounds;
import no.samhald.platform.documents.PdfDocuments;
import no.samhald.platform.documents.WordDocument;

/** The approved allocation as a document: each doctor's municipality and service site, by municipality. */
@Component
record AllocationFiles(PdfDocuments pdfs, PlacementRounds rounds, MessageSource messages) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	byte[] pdf(Community community, PlacementRound round, Allocation allocation, Locale locale) {
		return pdfs.render("placement/print", Map.of("community", community, "round", round, "rows",
				rows(community, allocation), "headers", headers(locale), "period", period(round)), locale);
	}

	byte[] docx(Community community, PlacementRound round, Allocation allocation, Locale locale) {
		String title = text("placement.document.title", locale, round.name());
		return new WordDocument(title, community.name()).byline(community.name())
			.title(title)
			.paragraph(text("placement.round.period", locale) + ": " + period(round))
			.table(title, headers(locale), rows(community, allocation), List.of())
			.bytes();
	}

	private List<String> headers(Locale locale) {
		return List.of(text("placement.offer.municipality", locale), text("placement.offer.serviceSite", locale),
				text("placement.offer.supervisor", locale), text("placement.doctor.name", locale));
	}

	/** Placed doctors by municipality and site, then by name. */
	private List<List<String>> rows(Community community, Allocation allocation) {
		Map<Long, String> names = rounds.partnerNames(community.id());
		return allocation.rows().stream()
			.filter(r -> r.offer() != null)
			.map(r -> List.of(names.get(r.offer().partnerId()), r.offer().serviceSite(),
					r.offer().supervisor() == null ? "" : r.offer().supervisor(), r.doctor().name()))
			.sorted((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)))
			.toList();
	}

	private static String period(PlacementRound round) {
		return DATE.format(round.serviceStart()) + "–" + DATE.format(round.serviceEnd());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

package no.samhald.collection.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.collection.Answer;
import no.samhald.collection.CollectionField;
import no.samhald.collection.CollectionResult;
import no.samhald.collection.CollectionResults;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.collection.ResultCell;
import no.samhald.collection.SaveAnswer;
import no.samhald.collection.SavedAnswer;
import no.samhald.community.Community;

/**
 * Collections as JSON under {@code /api/v1/communities/{community}/collections}: definitions and
 * results are public (small counts of sensitive fields suppressed); an asked partner's contact or
 * a coordinator puts the partner's answer.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/collections")
record CollectionApi(Collections collections, CollectionResults results, MessageSource messages) {

	@GetMapping
	@Operation(summary = "The community's data collections, the latest deadline first")
	List<CollectionJson> all(Community community) {
		return collections.all(community.id()).stream().map(CollectionJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One collection: period, deadline, the partners asked and the fields")
	CollectionJson one(Community community, @PathVariable long id) {
		return CollectionJson.of(collections.get(community.id(), id));
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Results per field (total, per region, per partner) from submitted answers; "
			+ "format=csv or format=json-stat (JSON-stat 2.0, numeric fields) for downloads")
	ResponseEntity<?> results(Community community, @PathVariable long id,
			@Parameter(description = "csv, json-stat, or none for JSON") @RequestParam(required = false) String format,
			Locale locale) {
		CollectionResult result = results.of(community.id(), id).in(locale);
		if ("csv".equalsIgnoreCase(format)) {
			return ResultDownloads.csv(result, locale);
		}
		if ("json-stat".equalsIgnoreCase(format)) {
			return ResultDownloads.jsonStat(result, locale,
					messages.getMessage("collection.results.total", null, "Total", locale));
		}
		return ResponseEntity.ok(ResultJson.of(result, locale));
	}

	/**
	 * The partner's answer, by its contact or a coordinator: 201 when it is the first, 200 when it
	 * changed one (then {@code version} must be the one read), 409 when stale or closed, 400 with a
	 * problem per field.
	 */
	@PutMapping("/{id}/answers/{partnerId}")
	@Operation(summary = "Save (submit=false) or submit a partner's answer; values by field position")
	ResponseEntity<AnswerJson> answer(Community community, @PathVariable long id, @PathVariable long partnerId,
			@RequestBody SaveAnswer answer) {
		SavedAnswer saved = collections.saveAnswer(community, id, partnerId, answer);
		AnswerJson body = AnswerJson.of(saved.answer());
		if (saved.created()) {
			URI location = URI.create("/api/v1/communities/" + community.slug() + "/collections/" + id + "/answers/"
					+ partnerId);
			return ResponseEntity.created(location).body(body);
		}
		return ResponseEntity.ok(body);
	}

	record FieldJson(int position, String kind, String labelNn, String labelNb, String labelEn, String unit, String help,
			BigDecimal minValue, BigDecimal maxValue, List<String> choices, List<String> choicesNb, List<String> choicesEn,
			boolean sensitive) {
	}

	record CollectionJson(long id, String title, String period, LocalDate deadline, String status,
			List<Long> partnerIds, List<FieldJson> fields, int version) {

		static CollectionJson of(DataCollection c) {
			var fields = new java.util.ArrayList<FieldJson>();
			for (int i = 0; i < c.fields().size(); i++) {
				CollectionField f = c.fields().get(i);
				fields.add(new FieldJson(i, f.kind().name(), f.labelNn(), f.labelNb(), f.labelEn(), f.unit(), f.help(),
						f.minValue(), f.maxValue(), f.choiceList(), f.choiceListNb(), f.choiceListEn(), f.sensitive()));
			}
			return new CollectionJson(c.id(), c.title(), c.period(), c.deadline(), c.status().name(),
					c.partnerIds().stream().sorted().toList(), fields, c.version());
		}

	}

	record ValueJson(String value, String enteredBy, Instant enteredAt) {
	}

	record AnswerJson(long collectionId, long partnerId, String status, String submittedBy, Instant submittedAt,
			Map<Integer, ValueJson> values, int version) {

		static AnswerJson of(Answer a) {
			var values = new TreeMap<Integer, ValueJson>();
			a.values().forEach((k, v) -> values.put(k, new ValueJson(v.value(), v.enteredBy(), v.enteredAt())));
			return new AnswerJson(a.collectionId(), a.partnerId(), a.status().name(), a.submittedBy(), a.submittedAt(),
					values, a.version());
		}

	}

	record FieldResultJson(int position, String label, String kind, String unit, boolean sensitive, ResultCell total,
			List<ResultCell> regions, List<ResultCell> partners, List<ResultCell> options) {
	}

	record ResultJson(long collectionId, String title, String period, int answered, int asked,
			List<FieldResultJson> fields) {

		static ResultJson of(CollectionResult r, Locale locale) {
			return new ResultJson(r.collection().id(), r.collection().title(), r.collection().period(), r.answered(),
					r.asked(),
					r.fields().stream().map(f -> new FieldResultJson(f.position(), f.field().label(locale),
							f.field().kind().name(), f.field().unit(), f.field().sensitive(), f.total(), f.regions(),
							f.partners(), f.options())).toList());
		}

	}

}

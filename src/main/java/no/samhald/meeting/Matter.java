package no.samhald.meeting;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A matter that is anchored (forankra) in several forums before the one that decides, such as
 * the mandate of a project; its steps are the planned route in date order.
 */
public record Matter(@Id Long id, Long communityId, String title, String description, @Version int version,
		@MappedCollection(idColumn = "matter_id", keyColumn = "position") List<AnchoringStep> steps) {

	/** The step with this number, wherever it now stands in date order. */
	public Optional<AnchoringStep> step(int number) {
		return steps.stream().filter(s -> s.number() == number).findFirst();
	}

	/** The number for a new step: one past the highest (steps are never removed, so none is reused). */
	int nextStepNumber() {
		return steps.stream().mapToInt(AnchoringStep::number).max().orElse(0) + 1;
	}

	/** The steps numbered 1, 2, 3 in the order given, for a trail written in one go. */
	static List<AnchoringStep> numbered(List<AnchoringStep> steps) {
		return IntStream.range(0, steps.size())
			.mapToObj(i -> {
				AnchoringStep s = steps.get(i);
				return new AnchoringStep(i + 1, s.forumId(), s.plannedDate(), s.outcome(), s.summary(), s.caseId(),
						s.deciding(), s.version());
			})
			.toList();
	}

}

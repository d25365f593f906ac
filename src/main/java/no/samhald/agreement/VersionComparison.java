package no.samhald.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * The differences between two versions of an agreement, section by section, in the order of
 * the newer text with removed sections where they stood. Sections are matched by heading, so
 * that a section that only moved or was renumbered is not shown as removed and added; sections
 * without a heading are matched by number.
 */
public record VersionComparison(AgreementVersion from, AgreementVersion to, List<SectionChange> sections) {

	public boolean hasChanges() {
		return sections.stream().anyMatch(s -> s.kind() != SectionChange.Kind.UNCHANGED);
	}

	public long changed() {
		return count(SectionChange.Kind.CHANGED);
	}

	public long added() {
		return count(SectionChange.Kind.ADDED);
	}

	public long removed() {
		return count(SectionChange.Kind.REMOVED);
	}

	private long count(SectionChange.Kind kind) {
		return sections.stream().filter(s -> s.kind() == kind).count();
	}

	static VersionComparison of(AgreementVersion from, AgreementVersion to) {
		List<AgreementSection> source = from.sectionsOrText();
		List<AgreementSection> target = to.sectionsOrText();
		var changes = new ArrayList<SectionChange>();
		for (AbstractDelta<String> delta : DiffUtils.diff(keys(source), keys(target), true).getDeltas()) {
			List<AgreementSection> before = source.subList(delta.getSource().getPosition(),
					delta.getSource().getPosition() + delta.getSource().size());
			List<AgreementSection> after = target.subList(delta.getTarget().getPosition(),
					delta.getTarget().getPosition() + delta.getTarget().size());
			if (delta.getType() == DeltaType.EQUAL) {
				for (int i = 0; i < before.size(); i++) {
					changes.add(SectionChange.between(before.get(i), after.get(i)));
				}
			}
			else {
				pairRenamed(before, after, changes);
			}
		}
		return new VersionComparison(from, to, List.copyOf(changes));
	}

	/** Sections whose heading changed but whose number stayed are the same section changed; the rest came or went. */
	private static void pairRenamed(List<AgreementSection> before, List<AgreementSection> after,
			List<SectionChange> changes) {
		var remaining = new ArrayList<>(before);
		for (AgreementSection section : after) {
			AgreementSection same = remaining.stream()
				.filter(b -> !b.number().isEmpty() && b.number().equals(section.number()))
				.findFirst()
				.orElse(null);
			// Removed sections that stood before this one are shown before it.
			while (!remaining.isEmpty() && same != null && remaining.get(0) != same) {
				changes.add(SectionChange.between(remaining.remove(0), null));
			}
			if (same != null) {
				remaining.remove(same);
			}
			changes.add(SectionChange.between(same, section));
		}
		remaining.forEach(b -> changes.add(SectionChange.between(b, null)));
	}

	private static List<String> keys(List<AgreementSection> sections) {
		return sections.stream().map(VersionComparison::key).toList();
	}

	private static String key(AgreementSection s) {
		if (!s.heading().isEmpty()) {
			return "h:" + s.heading().toLowerCase(Locale.ROOT);
		}
		// An unnumbered text without heading (an older plain text, an opening) matches its like.
		return s.number().isEmpty() ? "t:" : "n:" + s.number();
	}

}

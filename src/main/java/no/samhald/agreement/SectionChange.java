package no.samhald.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * How one section differs between two versions. {@code from} is null for an added section,
 * {@code to} for a removed one; the runs of words cover the heading and the text.
 */
public record SectionChange(Kind kind, AgreementSection from, AgreementSection to, List<Words> heading,
		List<Words> text) {

	public enum Kind {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/** The section as it is in the newer version, or as it was if it was removed. */
	public AgreementSection section() {
		return to != null ? to : from;
	}

	/** The number in the newer version, with the older one when it moved ("5.1 (was 4.1)" in the page). */
	public boolean renumbered() {
		return from != null && to != null && !from.number().equals(to.number());
	}

	public List<String> addedWords() {
		return WordDiff.words(concat(), Words.Kind.INSERTED);
	}

	public List<String> removedWords() {
		return WordDiff.words(concat(), Words.Kind.DELETED);
	}

	private List<Words> concat() {
		var all = new ArrayList<>(heading);
		all.add(new Words(Words.Kind.SAME, " "));
		all.addAll(text);
		return all;
	}

	static SectionChange between(AgreementSection from, AgreementSection to) {
		if (from == null) {
			return new SectionChange(Kind.ADDED, null, to, WordDiff.of("", to.heading()), WordDiff.of("", to.text()));
		}
		if (to == null) {
			return new SectionChange(Kind.REMOVED, from, null, WordDiff.of(from.heading(), ""),
					WordDiff.of(from.text(), ""));
		}
		List<Words> heading = WordDiff.of(from.heading(), to.heading());
		List<Words> text = WordDiff.of(from.text(), to.text());
		boolean same = heading.stream().allMatch(Words::isSame) && text.stream().allMatch(Words::isSame);
		return new SectionChange(same ? Kind.UNCHANGED : Kind.CHANGED, from, to, heading, text);
	}

}

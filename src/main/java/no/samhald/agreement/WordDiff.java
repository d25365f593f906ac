package no.samhald.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * The word-level difference of two texts: runs of words that stayed, were deleted or inserted.
 * Words and the spaces between them are compared as separate tokens, so that a changed word
 * marks that word and not its neighbours, and line breaks survive in the runs.
 */
final class WordDiff {

	/** Spaces, words (letters, digits, inner hyphens) and single punctuation marks: "heilskaplege," is a word and a comma. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*-?|[^\\s\\p{L}\\p{N}]");

	private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

	private WordDiff() {
	}

	static List<Words> of(String from, String to) {
		List<String> source = tokens(from);
		List<String> target = tokens(to);
		var runs = new ArrayList<Words>();
		for (AbstractDelta<String> delta : DiffUtils.diff(source, target, true).getDeltas()) {
			if (delta.getType() == DeltaType.EQUAL) {
				add(runs, Words.Kind.SAME, delta.getSource().getLines());
			}
			else {
				add(runs, Words.Kind.DELETED, delta.getSource().getLines());
				add(runs, Words.Kind.INSERTED, delta.getTarget().getLines());
			}
		}
		return List.copyOf(runs);
	}

	/** The words of the runs of one kind, one by one. */
	static List<String> words(List<Words> runs, Words.Kind kind) {
		return runs.stream()
			.filter(r -> r.kind() == kind)
			.flatMap(r -> tokens(r.text()).stream())
			.filter(t -> WORD.matcher(t).matches())
			.toList();
	}

	private static void add(List<Words> runs, Words.Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		// A change that only touches spacing shows as unchanged: nobody reads a changed blank.
		Words.Kind shown = text.isBlank() ? Words.Kind.SAME : kind;
		if (shown == Words.Kind.SAME && kind == Words.Kind.INSERTED) {
			return;
		}
		int last = runs.size() - 1;
		if (last >= 0 && runs.get(last).kind() == shown) {
			runs.set(last, new Words(shown, runs.get(last).text() + text));
		}
		else {
			runs.add(new Words(shown, text));
		}
	}

	private static List<String> tokens(String text) {
		var tokens = new ArrayList<String>();
		Matcher m = TOKEN.matcher(text == null ? "" : text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}

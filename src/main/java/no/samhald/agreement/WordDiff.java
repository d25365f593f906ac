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

	/** Spaces and tabs (not line breaks) before and after the words of a change. */
	private static final Pattern EDGES = Pattern.compile("([ \\t]*)(.*?)([ \\t]*)", Pattern.DOTALL);

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
		String text = String.join("", tokens);
		if (text.isBlank()) {
			// A change that only touches spacing shows as unchanged: nobody reads a changed blank.
			if (kind != Words.Kind.INSERTED) {
				append(runs, Words.Kind.SAME, text);
			}
			return;
		}
		if (kind == Words.Kind.SAME) {
			append(runs, kind, text);
			return;
		}
		// Spaces at the edges of a change stay outside its marks: "[+trygge] og", not "[+trygge ]og".
		Matcher edges = EDGES.matcher(text);
		edges.matches();
		append(runs, Words.Kind.SAME, edges.group(1));
		append(runs, kind, edges.group(2));
		append(runs, Words.Kind.SAME, edges.group(3));
	}

	private static void append(List<Words> runs, Words.Kind kind, String text) {
		if (text.isEmpty()) {
			return;
		}
		int last = runs.size() - 1;
		if (last >= 0 && runs.get(last).kind() == kind) {
			runs.set(last, new Words(kind, runs.get(last).text() + text));
		}
		else {
			runs.add(new Words(kind, text));
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

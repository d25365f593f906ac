package no.samhald.insight.engine;

import java.util.List;

/** The file cannot be imported; nothing was stored. Carries every problem found (up to a limit). */
public class ImportRejection extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRejection(List<ImportProblem> problems) {
		super(problems.size() + " problem(s), first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}

package no.samhald.insight;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import no.samhald.insight.engine.ImportProblem;
import no.samhald.platform.InvalidInputException;

/**
 * A file that cannot be imported, with every problem found (line, column, value, what is wrong).
 * Nothing was stored. Each problem becomes a field problem on "file" with message key
 * {@code insight.problem.<KIND>} and arguments (place, value).
 */
public class ImportRejectedException extends InvalidInputException {

	private final List<ImportProblem> problems;

	public ImportRejectedException(List<ImportProblem> problems) {
		super(problems.stream().map(ImportRejectedException::fieldProblem).toList());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> importProblems() {
		return problems;
	}

	/**
	 * The place is itself a message ("Line 12, column «age»" / "Cell value[3] (…)" / "The file"), so that
	 * it reaches the person in their language wherever the problem is shown.
	 */
	static FieldProblem fieldProblem(ImportProblem problem) {
		DefaultMessageSourceResolvable place;
		if (problem.line() != null) {
			place = new DefaultMessageSourceResolvable(new String[] { "insight.place.line" },
					new Object[] { String.valueOf(problem.line()), nullToEmpty(problem.column()) });
		}
		else if (problem.column() != null) {
			place = new DefaultMessageSourceResolvable(new String[] { "insight.place.cell" },
					new Object[] { problem.column() });
		}
		else {
			place = new DefaultMessageSourceResolvable(new String[] { "insight.place.file" }, new Object[0]);
		}
		return new FieldProblem("file", "insight.problem." + problem.kind().name(), place, nullToEmpty(problem.value()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}

package no.samhald.platform;

import java.util.List;

/**
 * A form that changes a stored thing of type {@code T}: it carries the version it was opened
 * with (a field named {@code version}, which {@link FormSubmission#update} sets to the stored
 * version on a conflict) and can say which fields differ from what is stored now, so that a
 * person whose save came second is shown what the other person changed instead of overwriting it.
 */
public interface EditForm<T extends Versioned> {

	/** The fields in which the stored thing differs from what this person saw and typed. */
	List<String> fieldsChangedIn(T stored);

}

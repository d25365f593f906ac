package no.samhald.platform;

/** Something asked for by id or slug does not exist (in this community). Shown as 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}

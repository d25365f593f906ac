package no.samhald.search;

/** The kinds of items found, in the order of their value to a searcher; each knows its page. */
public enum SearchKind {

	CASE("/cases/%d"), MEETING("/meetings/%d"), AGREEMENT("/agreements/%d"), PLAN("/plans/%d"),
	MEASURE("/plans/%2$d/measures/%1$d"), PROJECT("/projects/%d"), EVENT("/events/%d"),
	CONSULTATION("/consultations/%d"),

	/**
	 * A file to download: a case's attachment (its parent is the case) or a consultation round's
	 * file (no parent: the round has one file, found by the round's id).
	 */
	DOCUMENT("/cases/%2$d/attachments/%1$d") {
		@Override
		String path(long id, Long parentId) {
			return parentId == null ? "/consultations/%d/document".formatted(id) : super.path(id, parentId);
		}
	};

	private final String path;

	SearchKind(String path) {
		this.path = path;
	}

	/** The item's page below the community, e.g. "/plans/3/measures/17" for a measure of plan 3. */
	String path(long id, Long parentId) {
		return path.formatted(id, parentId);
	}

}

package no.samhald.agreement;

/** A run of words in a comparison: the same in both versions, only in the newer (inserted) or only in the older (deleted). */
public record Words(Kind kind, String text) {

	public enum Kind {
		SAME, INSERTED, DELETED
	}

	public boolean isSame() {
		return kind == Kind.SAME;
	}

	public boolean isInserted() {
		return kind == Kind.INSERTED;
	}

	public boolean isDeleted() {
		return kind == Kind.DELETED;
	}

}

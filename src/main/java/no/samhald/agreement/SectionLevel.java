package no.samhald.agreement;

/** How deep a section sits in an agreement text: chapter 1, paragraph 1.2, point 1.2.3. */
public enum SectionLevel {

	CHAPTER, PARAGRAPH, POINT;

	/** 1 for a chapter, 2 for a paragraph, 3 for a point. */
	public int depth() {
		return ordinal() + 1;
	}

	static SectionLevel ofDepth(int depth) {
		return values()[Math.max(1, Math.min(depth, values().length)) - 1];
	}

}

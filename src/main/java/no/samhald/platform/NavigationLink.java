package no.samhald.platform;

/**
 * An entry of a community's menu. Each module declares its own as a bean, so a new module
 * appears in the menu without touching the layout: the link goes to
 * {@code /{community}/{path}}, its text is the message {@code messageKey}, and it is shown in
 * {@code group} (ordered by {@code order} within it).
 */
public record NavigationLink(String messageKey, String path, int order, NavigationGroup group) {

	/** A link in no group: it stands on its own in the menu's top row until its module gives it one. */
	public NavigationLink(String messageKey, String path, int order) {
		this(messageKey, path, order, NavigationGroup.NONE);
	}

}

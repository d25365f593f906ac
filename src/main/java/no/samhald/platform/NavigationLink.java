package no.samhald.platform;

/**
 * An entry of a community's menu. Each module declares its own as a bean, so a new module
 * appears in the menu without touching the layout: the link goes to
 * {@code /{community}/{path}} and its text is the message {@code messageKey}.
 */
public record NavigationLink(String messageKey, String path, int order) {
}

package no.samhald.notification;

import java.util.Locale;

/**
 * One mail to one person: what it is about, in which language, the values its texts are filled
 * with (never free text that someone typed) and the link to where the work is done.
 */
record Notice(MailKind kind, String username, String recipient, Locale language, Object[] values, String link) {
}

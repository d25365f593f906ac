package no.samhald.notification;

/** What a mail is about; its texts are {@code notification.mail.<key>.*} in the recipient's language. */
public enum MailKind {

	DEVIATION_REPORTED("deviationReported"), DEVIATION_DUE_SOON("deviationDueSoon"), DEVIATION_DUE_TODAY(
			"deviationDueToday"), DEVIATION_OVERDUE("deviationOverdue"), DEVIATION_ANSWERED("deviationAnswered");

	private final String key;

	MailKind(String key) {
		this.key = key;
	}

	String messageKey(String part) {
		return "notification.mail." + key + "." + part;
	}

}

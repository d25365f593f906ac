package no.samhald.notification;

/** What a mail is about; its texts are {@code notification.mail.<key>.*} in the recipient's language. */
public enum MailKind {

	DEVIATION_REPORTED("deviationReported", true), DEVIATION_DUE_SOON("deviationDueSoon", true),
	DEVIATION_DUE_TODAY("deviationDueToday", true), DEVIATION_OVERDUE("deviationOverdue", true),
	DEVIATION_ANSWERED("deviationAnswered", false),
	MEASURE_STATUS_DUE_SOON("measureStatusDueSoon", true), MEASURE_STATUS_DUE_TODAY("measureStatusDueToday", true),
	AGREEMENT_REVIEW_DUE("agreementReviewDue", true), AGREEMENT_REVIEW_PASSED("agreementReviewPassed", true),
	MEETING_NOTICE("meetingNotice", false),
	MEETING_CHANGED("meetingChanged", false), MEETING_CANCELLED("meetingCancelled", false),
	MINUTES_TO_APPROVE("minutesToApprove", true), MINUTES_NOT_APPROVED("minutesNotApproved", true),
	PLACEMENT_TO_DOCTOR("placementToDoctor", false), PLACEMENT_TO_MUNICIPALITY("placementToMunicipality", false),
	CONSULTATION_OPENED("consultationOpened", true), CONSULTATION_DUE_SOON("consultationDueSoon", true),
	COLLECTION_DUE_SOON("collectionDueSoon", true),
	COLLECTION_DUE_TODAY("collectionDueToday", true);

	private final String key;

	private final boolean deadline;

	MailKind(String key, boolean deadline) {
		this.key = key;
		this.deadline = deadline;
	}

	/** About a deadline the person must meet (or see met): may be gathered in a digest, never turned off. */
	public boolean isDeadline() {
		return deadline;
	}

	/** The name of the kind on the page of choices. */
	public String labelKey() {
		return "notification.kind." + key;
	}

	String messageKey(String part) {
		return "notification.mail." + key + "." + part;
	}

}

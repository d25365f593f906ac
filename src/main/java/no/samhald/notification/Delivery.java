package no.samhald.notification;

/** How a person wants a kind of mail: each at once, gathered in a daily or weekly digest, or not at all. */
public enum Delivery {
	AT_ONCE, DAILY, WEEKLY, OFF
}

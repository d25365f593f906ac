/**
 * Notification: tells each person what waits for them, by e-mail, at the right time. Listens to
 * other modules' events (a deviation reported or answered, a meeting's notice sent, changed or
 * withdrawn, minutes awaiting approval, a LIS1 allocation approved) through Spring Modulith's event
 * publication registry, so an event committed is delivered even if the node stops first; runs
 * reminders of deadlines on a schedule locked with ShedLock, so that with several nodes each
 * reminder goes out once; and sends every mail through an outbox that retries with backoff, so a
 * mail server that is away never blocks or fails what the person did.
 * <p>
 * Its API: {@link no.samhald.notification.MailOutbox} (the administrator's view of mail that
 * could not be sent), {@link no.samhald.notification.DeadlineReminders},
 * {@link no.samhald.notification.StatusReportReminders}, {@link no.samhald.notification.ReviewReminders}
 * {@link no.samhald.notification.MinutesReminders}, {@link no.samhald.notification.ConsultationReminders} and {@link no.samhald.notification.CollectionReminders}.
 * <p>
 * Mail never holds a deviation's text or anything about a patient: only that there is work, its
 * due date and a link to where it is done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "platform", "community", "deviation", "plan", "agreement", "meeting", "placement", "consultation", "collection" })
package no.samhald.notification;

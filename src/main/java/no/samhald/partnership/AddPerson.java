package no.samhald.partnership;

/** Someone added to take part in the forums: name, title and e-mail. */
public record AddPerson(String name, String title, String email) {
}

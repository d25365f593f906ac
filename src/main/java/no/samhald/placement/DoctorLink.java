package no.samhald.placement;

/** A doctor with the secret of their personal link, which is shown once and never stored. */
public record DoctorLink(Lis1Doctor doctor, String token) {
}

package no.samhald.meeting.web;

/** One choice in a select: the id sent and the text shown ("SSU 12/2025 Mandat", a person's name). */
record Option(long id, String label) {
}

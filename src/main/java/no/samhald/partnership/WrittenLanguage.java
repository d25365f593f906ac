package no.samhald.partnership;

/** The written standard a municipality has chosen: documents to it are written in that form. */
public enum WrittenLanguage {
	NN, NB
}

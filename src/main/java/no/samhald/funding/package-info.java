/**
 * Funding (midlar): grants a community receives, such as the secretariat funds of seed 004,
 * what they are used for, and what is left; the use is reported to the forum that follows it.
 * <p>
 * Glossary: grant = tilskot/midlar · use = bruk · balance = restmidlar · recipient = mottakar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding", allowedDependencies = { "platform", "community", "partnership" })
package no.samhald.funding;

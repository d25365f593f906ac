/**
 * Learning network (læringsnettverk) "gode pasientforløp": the teams each municipality and the
 * health trust send, their members, and the network's gatherings with the teams that came. A
 * gathering is an event of the event module, which keeps registration and the participant count;
 * this module only links it to the network and records which teams attended.
 * <p>
 * Its API: {@link no.samhald.network.LearningNetwork} and the value types.
 * <p>
 * Glossary: learning network = læringsnettverk · team = team · gathering = samling · member =
 * medlem · partner = partnar (kommune or Helse Førde).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning network", allowedDependencies = { "platform", "community", "partnership", "event" })
package no.samhald.network;

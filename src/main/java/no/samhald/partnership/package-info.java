/**
 * Partnership (partnarskap): the partners of a community, its regions, the people who take
 * part, the forums and their hierarchy, and memberships with role, represented partner and
 * period. Also the representation rule of the seeds: users and GPs take part on every level.
 * <p>
 * Glossary: partner = partnar · municipality = kommune · health trust = helseføretak ·
 * forum = samarbeidsutval/nettverk/arbeidsgruppe · membership = medlemskap · mandate = mandat ·
 * user representative = brukarrepresentant · GP = fastlege.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership", allowedDependencies = { "platform", "community" })
package no.samhald.partnership;

/**
 * Agreements (avtaleverk): the framework agreement (overordna samarbeidsavtale), the
 * sub-agreements (delavtalar), special agreements and routines of a community; their adopted
 * versions, the forum responsible for revision, review dates, and each partner's
 * implementation.
 * <p>
 * Glossary: agreement = avtale · framework agreement = overordna samarbeidsavtale ·
 * sub-agreement = delavtale · special agreement = særavtale · routine = rutine ·
 * revision = revisjon · implementation = implementering.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement", allowedDependencies = { "platform", "platform :: documents", "community", "partnership", "meeting" })
package no.samhald.agreement;

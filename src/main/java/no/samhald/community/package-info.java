/**
 * Community (helsefellesskap): the tenant. Every page lives under {@code /{community}/} and every
 * API call under {@code /api/v1/communities/{community}/}; each module scopes its data by the
 * community's id, so nothing of one community leaks into another.
 * <p>
 * Glossary: community = helsefellesskap.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community", allowedDependencies = { "platform" })
package no.samhald.community;

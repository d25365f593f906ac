/**
 * Search (søk): one search across a community's meetings, cases (decided or not), agreements with
 * their texts, action plans and measures, projects, events, consultation rounds and documents
 * (case attachments and rounds' files, by file name), ranked by
 * PostgreSQL full-text search with the 'norwegian' configuration, with highlighted snippets and
 * filters per kind and year.
 * <p>
 * The items come from the read-only SQL view {@code search_item} (V19_90, which replaced V19_2 and V19_1), which
 * reads the tables of the meeting, partnership (forum names), agreement, plan, project, event and consultation modules and
 * repeats their rule for what the public may see; the module has no Java dependency on them. A
 * meeting's document is stored on the meeting and kept by triggers of V19_90 (forum, agenda, minutes).
 * <p>
 * The root package is the API: {@link no.samhald.search.Search}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = { "platform", "community" })
package no.samhald.search;

package no.samhald.insight;

/**
 * The population of a municipality (or area) on 1 January of a year by sex and single-year age;
 * index 105 is "105 years or older".
 */
public record PopulationByAge(String area, String name, int year, long total, int[] males, int[] females) {
}

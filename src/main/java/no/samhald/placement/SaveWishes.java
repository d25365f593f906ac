package no.samhald.placement;

import java.util.Map;

/**
 * A doctor's wishes: the rank (1 = first choice) of each place they rank, by offer id; whether
 * they cannot drive (then no place that needs a car); the name of a doctor of the round they must
 * serve together with, or blank.
 */
public record SaveWishes(Map<Long, Integer> ranks, boolean cannotDrive, String togetherWith, int version) {
}

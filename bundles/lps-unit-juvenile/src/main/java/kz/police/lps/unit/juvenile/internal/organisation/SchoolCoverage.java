package kz.police.lps.unit.juvenile.internal.organisation;

/**
 * US-J10 (L844-852): schools of the caller's scope with and without a school inspector assigned today. The textbook's
 * context figure (an inspector in about one school in five) is for comparison, not a norm.
 */
public record SchoolCoverage(long schools, long withInspector, long withoutInspector, double coveredShare) {
}

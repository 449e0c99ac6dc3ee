package kz.police.lps.unit.juvenile.internal.organisation;

/** What the head records of a precinct: the minors living in it. */
public record PrecinctInput(Integer residentMinors) {
}

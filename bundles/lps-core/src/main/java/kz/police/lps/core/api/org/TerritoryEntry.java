package kz.police.lps.core.api.org;

/**
 * One piece of a precinct's territory: a whole settlement ({@code street} null), a whole street, or the houses
 * {@code houseFrom}..{@code houseTo} of a street (by leading house number, both ends inclusive).
 */
public record TerritoryEntry(String settlement, String street, Integer houseFrom, Integer houseTo) {
}

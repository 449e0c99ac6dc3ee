package kz.police.lps.core.api.person;

/**
 * A postal address in Kazakhstan. {@code settlement} and {@code street} are compared letter-variant-insensitively when
 * an address is resolved to its administrative precinct.
 */
public record Address(String region, String district, String settlement, String street, String house,
        String apartment) {
}

package kz.police.lps.unit.district.internal.precinct;

import java.time.LocalDate;

/** An order of the head of the city/district body (бұйрық / приказ): its number and date. */
public record OrderRef(String number, LocalDate date) {
}

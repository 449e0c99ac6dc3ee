package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ValidationException;

/** Field checks of the precinct and point records, each adding its errors to the collector. */
final class PrecinctChecks {

    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()\\-]{1,31}");

    private PrecinctChecks() {
    }

    /**
     * A head's order: number and date both given, the date not after {@code today}. {@code required}: the field may
     * not be missing.
     */
    static void order(ValidationException.Collector errors, String field, OrderRef order, boolean required,
            LocalDate today) {
        if (order == null) {
            if (required) {
                errors.add(field, "required");
            }
            return;
        }
        Checks.text(errors, field + ".number", order.number(), 64, true);
        if (order.date() == null) {
            errors.add(field + ".date", "required");
        } else if (order.date().isAfter(today)) {
            errors.add(field + ".date", "date.future");
        }
    }

    /** A whole number in {@code min..max}; null passes unless {@code required}. */
    static void range(ValidationException.Collector errors, String field, Integer value, int min, int max,
            boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field, "required");
            }
        } else if (value < min || value > max) {
            errors.add(field, "range", min, max);
        }
    }

    /** A non-negative amount with at most two decimals and {@code integerDigits} digits before the point. */
    static void amount(ValidationException.Collector errors, String field, BigDecimal value, int integerDigits) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(field, "min", 0);
        } else if (value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > integerDigits) {
            errors.add(field, "district.precincts.amount", integerDigits);
        }
    }

    /** A phone number as shown on the point's plate. */
    static String phone(ValidationException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!PHONE.matcher(v).matches()) {
            errors.add(field, "district.precincts.phone");
        }
        return v;
    }
}

package kz.police.lps.unit.district.internal.appointment;

import java.time.LocalDate;

/**
 * How a case ends: {@code APPOINTED} by an order (number and date required), or {@code WITHDRAWN} with a reason.
 */
public record NewOutcome(AppointmentStatus status, String orderNumber, LocalDate orderDate, String reason) {
}

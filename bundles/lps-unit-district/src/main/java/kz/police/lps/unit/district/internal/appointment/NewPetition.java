package kz.police.lps.unit.district.internal.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The petition of the IAB management to the local executive body on the need for a community meeting, with its
 * place and time (L236-239).
 *
 * @param sentOn        the day it was sent
 * @param executiveBody the local executive body (akimat) it went to
 * @param meetingPlace  the proposed place of the meeting
 * @param meetingAt     the proposed date and time of the meeting (local time)
 */
public record NewPetition(LocalDate sentOn, String executiveBody, String meetingPlace, LocalDateTime meetingAt) {
}

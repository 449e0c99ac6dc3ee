package kz.police.lps.unit.district.internal.appointment;

import java.time.LocalDate;

/**
 * The local community meeting at which the IAB management presents the candidate to the residents "for
 * acquaintance" with the candidate's service record and service characterisation (L241-244, Law of 23 Jan 2001,
 * L246-250). The residents' opinion is recorded, not a binding vote (L228-231).
 *
 * @param candidatePresented        the candidate was presented (BR-18: required)
 * @param serviceRecordPresented    the service record (послужной список) was presented (BR-18: required)
 * @param characterisationPresented the service characterisation was presented (BR-18: required)
 * @param attendance                residents present, if counted
 * @param residentsOpinion          what the residents said
 */
public record NewMeeting(LocalDate heldOn, String place, Boolean candidatePresented, Boolean serviceRecordPresented,
        Boolean characterisationPresented, Integer attendance, String residentsOpinion) {
}

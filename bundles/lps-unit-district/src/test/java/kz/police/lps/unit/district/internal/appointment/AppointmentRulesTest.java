package kz.police.lps.unit.district.internal.appointment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.Test;

public class AppointmentRulesTest {

    @Test
    public void theCycleMovesForwardOnlyAndMayBeWithdrawnUntilItEnds() {
        assertTrue(AppointmentStatus.CANDIDATE_REGISTERED.canMoveTo(AppointmentStatus.PETITION_SENT));
        assertTrue(AppointmentStatus.PETITION_SENT.canMoveTo(AppointmentStatus.MEETING_HELD));
        assertTrue(AppointmentStatus.MEETING_HELD.canMoveTo(AppointmentStatus.APPOINTED));
        // BR-18: no appointment without the community meeting; no step skipped or repeated
        assertFalse(AppointmentStatus.CANDIDATE_REGISTERED.canMoveTo(AppointmentStatus.MEETING_HELD));
        assertFalse(AppointmentStatus.CANDIDATE_REGISTERED.canMoveTo(AppointmentStatus.APPOINTED));
        assertFalse(AppointmentStatus.PETITION_SENT.canMoveTo(AppointmentStatus.APPOINTED));
        assertFalse(AppointmentStatus.PETITION_SENT.canMoveTo(AppointmentStatus.PETITION_SENT));
        assertFalse(AppointmentStatus.MEETING_HELD.canMoveTo(AppointmentStatus.PETITION_SENT));
        Set<AppointmentStatus> open = EnumSet.of(AppointmentStatus.CANDIDATE_REGISTERED,
                AppointmentStatus.PETITION_SENT, AppointmentStatus.MEETING_HELD);
        for (AppointmentStatus s : AppointmentStatus.values()) {
            assertEquals(s + " may be withdrawn", open.contains(s), s.canMoveTo(AppointmentStatus.WITHDRAWN));
            assertEquals(s.isFinal(), !open.contains(s));
            if (s.isFinal()) {
                for (AppointmentStatus next : AppointmentStatus.values()) {
                    assertFalse(s + " -> " + next, s.canMoveTo(next));
                }
            }
        }
    }

    @Test
    public void thePetitionDeadlineCountsFromTheReportOrTheEndOfAcceptance() {
        LocalDate report = LocalDate.of(2026, 12, 10);
        LocalDate acceptanceEnd = LocalDate.of(2026, 12, 14);
        // BR-16: 10 calendar days from the serving candidate's report to HR (L231-232)
        assertEquals("district.appointment.petition-deadline-serving", CandidateKind.SERVING.petitionNorm());
        assertEquals(report, CandidateKind.SERVING.event(report, acceptanceEnd));
        assertEquals("reportedOn", CandidateKind.SERVING.eventField());
        // BR-17: 5 calendar days after the document acceptance period ends (L233-236)
        assertEquals("district.appointment.petition-deadline-new-entrant", CandidateKind.NEW_ENTRANT.petitionNorm());
        assertEquals(acceptanceEnd, CandidateKind.NEW_ENTRANT.event(report, acceptanceEnd));
        assertEquals("acceptanceEndsOn", CandidateKind.NEW_ENTRANT.eventField());
    }

    @Test
    public void everyStatusAndKindIsLabelledInThreeLanguages() {
        for (AppointmentStatus s : AppointmentStatus.values()) {
            assertFalse(s.label().kk().isBlank() || s.label().ru().isBlank() || s.label().en().isBlank());
        }
        for (CandidateKind k : CandidateKind.values()) {
            assertFalse(k.label().kk().isBlank() || k.label().ru().isBlank() || k.label().en().isBlank());
        }
    }

    @Test
    public void aServingCandidatesNameFitsTheRecord() {
        assertEquals("Демоұлы Асқар Бекұлы", Appointments.fullName("Демоұлы", "Асқар", "Бекұлы"));
        assertEquals("Демоұлы Асқар", Appointments.fullName("Демоұлы", "Асқар", null));
        String longName = Appointments.fullName("С".repeat(200), "А".repeat(200), "Б".repeat(200));
        assertEquals(300, longName.length());
        assertTrue(longName.startsWith("С".repeat(200) + " А"));
    }
}

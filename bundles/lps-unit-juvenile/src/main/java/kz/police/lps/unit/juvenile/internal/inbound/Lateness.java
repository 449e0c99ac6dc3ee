package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether an inbound notice came late (WF-J16: "flag notices received after their deadline"), and by how much. The
 * deadline of a notice counted from an event is the core calendar's (3 тәулік = 72 hours after the event); a
 * pre-release notice is due {@code days} calendar days before the release, so it is late when fewer days are left.
 */
public final class Lateness {

    private Lateness() {
    }

    /** Minutes the notice came after its deadline; 0 when in time. */
    public static long lateMinutes(Instant dueAt, Instant receivedAt) {
        if (!receivedAt.isAfter(dueAt)) {
            return 0;
        }
        long seconds = Duration.between(dueAt, receivedAt).getSeconds();
        return (seconds + 59) / 60;
    }

    /** The last day a pre-release notice is in time: {@code days} calendar days before the release. */
    public static LocalDate preReleaseDueDay(LocalDate releaseOn, int days) {
        return releaseOn.minusDays(days);
    }

    /** How many calendar days a pre-release notice received on {@code receivedOn} came late; 0 when in time. */
    public static long preReleaseLateDays(LocalDate releaseOn, int days, LocalDate receivedOn) {
        long late = ChronoUnit.DAYS.between(preReleaseDueDay(releaseOn, days), receivedOn);
        return Math.max(0, late);
    }

    /** Whole hours, rounded up, of a lateness in minutes. */
    public static long hours(long minutes) {
        return (minutes + 59) / 60;
    }
}

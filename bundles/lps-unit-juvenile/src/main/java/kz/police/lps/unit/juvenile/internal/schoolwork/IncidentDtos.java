package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;

/** Student incidents and prevention councils (BR-J16, BR-J17; US-J20, US-J23). */
public final class IncidentDtos {

    private IncidentDtos() {
    }

    /** A student's offence or substance use; a criminal offence also initiates the prevention council. */
    public record NewIncident(Long schoolId, Long personId, String studentName, String className, IncidentKind kind,
            LocalDate occurredOn, String description, Long inspectorId) {
    }

    /** The report to the school management (whom, when). */
    public record ManagementReport(String reportedTo, Instant reportedAt) {
    }

    /** The council's meeting and the response measures developed from it (L1142-1144). */
    public record CouncilMeeting(LocalDate heldOn, String measures) {
    }

    public record Incident(Long id, long departmentId, long schoolId, String quarterCode, long inspectorId,
            Long personId, String studentName, String className, IncidentKind kind, LocalDate occurredOn,
            String description, Long reportTaskId, Instant reportDueAt, Instant reportedAt, String reportedTo,
            Long councilId, String createdBy, Instant createdAt, Long version) {
    }

    public record Council(Long id, long departmentId, long schoolId, String quarterCode, long incidentId,
            long inspectorId, Instant initiatedAt, Long taskId, Instant dueAt, LocalDate heldOn, String measures,
            String createdBy, Instant createdAt, Long version) {
    }

    /** What one action recorded: the incident, and the council when the offence is criminal. */
    public record Recorded(Incident incident, Council council) {
    }
}

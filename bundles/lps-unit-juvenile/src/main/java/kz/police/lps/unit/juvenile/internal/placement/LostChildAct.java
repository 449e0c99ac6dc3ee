package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A lost or abandoned child's delivery act with its 3 copies (US-J31); {@code complete}: every copy registered. */
public record LostChildAct(Long id, Long departmentId, Long officerId, Long personId, String childDescription,
        Instant foundAt, String foundPlace, String receivingOrganisation, Long placementId, List<Copy> copies,
        boolean complete, String createdBy, Instant createdAt, Long version) {

    /** One copy: where it goes (fixed), when it was sent and registered there, under which reference. */
    public record Copy(int copyNo, CopyDestination destination, String lines, String recipient, LocalDate sentOn,
            LocalDate registeredOn, String registrationRef, String note, boolean registered) {
    }
}

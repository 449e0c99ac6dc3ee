package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The control file of a school (N-J30, BR-J18..BR-J20, US-J21). */
public final class ControlFileDtos {

    private ControlFileDtos() {
    }

    public record NewControlFile(Long keeperId, KeeperKind keeperKind, StorageLocation storage, LocalDate openedOn) {
    }

    /**
     * An entry of a hand-kept section. Student list (BR-J19): lastName, firstName (patronymic optional), className,
     * homeAddress, contactPhone, parents. Staff list (BR-J20): lastName, firstName, position, homeAddress,
     * contactPhone. Other sections: title (and content, a person, a date).
     */
    public record NewEntry(ControlFileSection section, String lastName, String firstName, String patronymic,
            String className, String position, String homeAddress, String contactPhone, String parents,
            Long personId, String title, String content, LocalDate entryDate) {
    }

    /** One line of a section: a hand-kept entry, or a record filed automatically (plan, council, statement). */
    public record Entry(Long id, String recordType, Long recordId, String title, String lastName, String firstName,
            String patronymic, String className, String position, String homeAddress, String contactPhone,
            String parents, Long personId, String content, LocalDate entryDate) {
    }

    public record Section(ControlFileSection section, int part, int number, String label, boolean automatic,
            List<Entry> entries) {
    }

    public record Part(int part, List<Section> sections) {
    }

    public record ControlFile(Long id, long departmentId, long schoolId, String schoolName, long keeperId,
            KeeperKind keeperKind, StorageLocation storage, LocalDate openedOn, List<Part> parts, String createdBy,
            Instant createdAt, Long version) {
    }
}

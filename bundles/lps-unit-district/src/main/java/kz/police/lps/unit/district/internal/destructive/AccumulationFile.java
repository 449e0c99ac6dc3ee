package kz.police.lps.unit.district.internal.destructive;

import java.util.List;

/**
 * The accumulation file (жинақтау ісі / накопительное дело) of a police point: copies of every information report
 * and absence report sent from it (BR-33, L604-606), latest first.
 */
public record AccumulationFile(long pointId, List<InformationReport> informationReports,
        List<AbsenceEvent> absences) {
}

package kz.police.lps.unit.district.internal.destructive;

import java.util.List;

/**
 * The accumulation file (жинақтау ісі / накопительное дело) of a police point: copies of every information report
 * and absence report sent from it (BR-33, L604-606), latest first. A window of each list ({@code limit} from
 * {@code offset}, the same for both), with each list's total.
 */
public record AccumulationFile(long pointId, List<InformationReport> informationReports,
        List<AbsenceEvent> absences, long informationReportsTotal, long absencesTotal, int limit, int offset) {
}

package kz.police.lps.unit.district.internal.destructive;

import java.util.List;

import kz.police.lps.core.api.register.Registration;

/** A registration on the register of destructive religious movements with its reports and absences, latest first. */
public record MonitoringFile(Registration registration, List<InformationReport> informationReports,
        List<AbsenceEvent> absences) {
}

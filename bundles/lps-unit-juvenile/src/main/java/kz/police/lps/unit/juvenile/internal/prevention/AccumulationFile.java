package kz.police.lps.unit.juvenile.internal.prevention;

import java.util.List;

import kz.police.lps.unit.juvenile.internal.inbound.InboundNotice;

/**
 * A registered person's accumulation (preventive, control) file (L1447-1448, §4.12.4): opened by the journal entry,
 * holding the preventive work, the living-conditions acts, the forensic registrations, the inbound notices about the
 * person and the copies sent from it on request.
 */
public record AccumulationFile(JournalEntry journalEntry, List<PreventiveRecord> work, List<PreventiveRecord> acts,
        List<Forensic> forensic, List<InboundNotice> notices, List<FileCopy> copies) {
}

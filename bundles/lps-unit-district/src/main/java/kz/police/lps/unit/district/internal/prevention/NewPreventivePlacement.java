package kz.police.lps.unit.district.internal.prevention;

import java.time.LocalDate;

/**
 * A placement on the preventive register through the unit (WF-10, US-27), with what the core's register cannot check.
 *
 * @param groundCode           one of the seven placement grounds of {@code district.preventive} (L648-674)
 * @param basisDocument        the document the placement rests on; required for every ground
 * @param convictions          ground 3 only: the prior convictions to deprivation of liberty (BR-28, L652-657)
 * @param departmentId         the owning department; the caller's own when null
 * @param responsibleOfficerId the supervising officer; the caller's own officer record when null
 * @param startedOn            the day of placement; today when null
 */
public record NewPreventivePlacement(Long personId, String groundCode, BasisDocument basisDocument,
        Convictions convictions, Long departmentId, Long responsibleOfficerId, LocalDate startedOn) {

    /** A court decision or verdict, a supervision decision, a protective order: kind, number, date, issuer. */
    public record BasisDocument(BasisKind kind, String number, LocalDate issuedOn, String issuedBy) {
    }

    /**
     * Prior convictions to deprivation of liberty for grave and/or especially grave or intentional crimes.
     *
     * @param count    how many
     * @param document where they are established (a certificate of criminal record, the verdicts' numbers)
     */
    public record Convictions(Integer count, String document) {
    }
}

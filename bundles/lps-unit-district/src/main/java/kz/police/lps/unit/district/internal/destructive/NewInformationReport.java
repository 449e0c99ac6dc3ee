package kz.police.lps.unit.district.internal.destructive;

/**
 * The 10-day information on a follower of a destructive religious movement, with every field BR-31 requires
 * (L594-598), and its recipient (L591-594).
 *
 * @param actualAddress        where the person actually lives
 * @param registeredAddress    the address of registration
 * @param familyComposition    the family
 * @param lifestyleBehaviour   way of life and behaviour
 * @param otherOperationalInfo other information of operational interest
 * @param recipientName        the unit or the officer the information goes to, by name
 * @param pointId              the police point whose accumulation file keeps the copy; derived when null
 * @param officerId            the officer who sends it; the caller's own when null
 */
public record NewInformationReport(String actualAddress, String registeredAddress, String familyComposition,
        String lifestyleBehaviour, String otherOperationalInfo, InformationRecipient recipientKind,
        String recipientName, Long pointId, Long officerId) {
}

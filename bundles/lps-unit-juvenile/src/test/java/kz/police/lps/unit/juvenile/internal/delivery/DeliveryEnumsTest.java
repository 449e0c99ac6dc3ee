package kz.police.lps.unit.juvenile.internal.delivery;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.unit.juvenile.internal.placement.CentreCategory;
import kz.police.lps.unit.juvenile.internal.placement.CopyDestination;
import kz.police.lps.unit.juvenile.internal.placement.PlacementStatus;
import kz.police.lps.unit.juvenile.internal.raid.ParticipatingUnit;
import kz.police.lps.unit.juvenile.internal.transport.TransportNoticeKind;

/** The area's enumerations carry kk/ru/en labels; statuses and the journal's representative list read back. */
public class DeliveryEnumsTest {

    @Test
    public void everyValueHasThreeLabels() {
        for (Class<? extends Labelled> type : List.of(DeliveryGround.class, DeliveryStatus.class,
                DeliveryOutcome.class, RepresentativeCapacity.class, AreaBasis.class, CentreCategory.class,
                PlacementStatus.class, CopyDestination.class, TransportNoticeKind.class, ParticipatingUnit.class)) {
            for (Labelled l : type.getEnumConstants()) {
                assertFalse(type.getSimpleName() + "." + l.name(), l.label().kk().isBlank());
                assertFalse(type.getSimpleName() + "." + l.name(), l.label().ru().isBlank());
                assertFalse(type.getSimpleName() + "." + l.name(), l.label().en().isBlank());
            }
        }
    }

    @Test
    public void groundsAndTransportNoticesCiteTheirSource() {
        for (DeliveryGround g : DeliveryGround.values()) {
            assertTrue(g.name(), g.lines().startsWith("L"));
        }
        for (TransportNoticeKind k : TransportNoticeKind.values()) {
            assertTrue(k.name(), k.norm().startsWith("juvenile.transport."));
        }
    }

    @Test
    public void decidedStatuses() {
        assertTrue(DeliveryStatus.HANDED_OVER.decided());
        assertTrue(DeliveryStatus.PLACED.decided());
        assertFalse(DeliveryStatus.CHECKED.decided());
    }

    @Test
    public void representativeIdsReadBack() {
        assertEquals(List.of(), Deliveries.ids(null));
        assertEquals(List.of(12L, 7L), Deliveries.ids("12,7"));
    }
}

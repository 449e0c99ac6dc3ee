package kz.police.lps.unit.juvenile.internal.cover;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.AbsenceKind;

/** N-J4 / BR-J06 (L877-881): more than the threshold needs an order; adjacency from the organisation tree. */
public class CoverRulesTest {

    @Test
    public void moreThanTheThresholdNeedsAnOrder() {
        assertFalse(CoverRules.orderRequired(29, 30));
        assertFalse("exactly 30 working days: not more than 30", CoverRules.orderRequired(30, 30));
        assertTrue(CoverRules.orderRequired(31, 30));
    }

    @Test
    public void anAbsenceSpannedByOneWithACoverIsCovered() {
        Absence a = new Absence(1L, 7L, AbsenceKind.LEAVE, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 20), null,
                null);
        Absence c = new Absence(2L, 7L, AbsenceKind.LEAVE, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 20), null,
                8L);
        assertFalse(CoverRules.covered(a, List.of(a), Set.of()));
        assertTrue(CoverRules.covered(a, List.of(a), Set.of(1L)));
        assertTrue(CoverRules.covered(a, List.of(a, c), Set.of()));
    }

    @Test
    public void precinctsUnderOneParentAreAdjacent() {
        assertTrue(CoverRules.adjacent(1, 10L, 2, 10L));
        assertFalse(CoverRules.adjacent(1, 10L, 3, 11L));
        assertTrue("the school's adjacent precinct itself", CoverRules.adjacent(4, 10L, 4, 10L));
        assertFalse(CoverRules.adjacent(1, null, 2, null));
    }
}

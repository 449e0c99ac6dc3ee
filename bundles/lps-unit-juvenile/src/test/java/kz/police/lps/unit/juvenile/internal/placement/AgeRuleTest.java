package kz.police.lps.unit.juvenile.internal.placement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

/** BR-J26 (L977-980): unattended children from 3 up to, not including, 18; other categories minors only. */
public class AgeRuleTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 23);

    @Test
    public void fullYearsOnTheDay() {
        assertEquals(2, AgeRule.age(LocalDate.of(2023, 10, 24), ON));
        assertEquals(3, AgeRule.age(LocalDate.of(2023, 10, 23), ON));
        assertEquals(17, AgeRule.age(LocalDate.of(2008, 10, 24), ON));
        assertEquals(18, AgeRule.age(LocalDate.of(2008, 10, 23), ON));
    }

    @Test
    public void unattendedChildrenFromThreeToEighteen() {
        CentreCategory c = CentreCategory.UNATTENDED_OR_HOMELESS;
        assertTrue(AgeRule.problem(c, 2, 3, 18, 18).isPresent());
        assertFalse(AgeRule.problem(c, 3, 3, 18, 18).isPresent());
        assertFalse(AgeRule.problem(c, 17, 3, 18, 18).isPresent());
        assertEquals("juvenile.placement.age.range", AgeRule.problem(c, 18, 3, 18, 18).orElseThrow());
    }

    @Test
    public void otherCategoriesMinorsOnly() {
        assertFalse(AgeRule.problem(CentreCategory.CRUEL_TREATMENT, 1, 3, 18, 18).isPresent());
        assertEquals("juvenile.placement.age.minor",
                AgeRule.problem(CentreCategory.TO_SPECIAL_EDUCATION, 18, 3, 18, 18).orElseThrow());
    }

    @Test
    public void fourCategoriesThreeCopies() {
        assertEquals(4, CentreCategory.values().length);
        assertEquals(3, CopyDestination.values().length);
    }
}

package kz.police.lps.unit.juvenile.internal.prevention;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class ReviewAgeTest {

    private static final LocalDate BORN = LocalDate.of(2008, 12, 10);

    @Test
    public void aMinorIsUnderTheAgeUntilTheBirthday() {
        assertEquals(LocalDate.of(2026, 12, 10), ReviewAge.reachesOn(BORN, 18));
        assertTrue(ReviewAge.under(BORN, 18, LocalDate.of(2026, 12, 9)));
        assertFalse(ReviewAge.under(BORN, 18, LocalDate.of(2026, 12, 10)));
        assertEquals(17, ReviewAge.ageOn(BORN, LocalDate.of(2026, 12, 9)));
        assertEquals(18, ReviewAge.ageOn(BORN, LocalDate.of(2026, 12, 10)));
    }

    @Test
    public void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2026, 2, 28), ReviewAge.reachesOn(LocalDate.of(2008, 2, 29), 18));
    }

    @Test
    public void theTaskIsDueFromTheLeadTimeAndTheFlagFromTheBirthdayUntilReviewed() {
        assertFalse(ReviewAge.taskDue(BORN, 18, 30, LocalDate.of(2026, 11, 9)));
        assertTrue(ReviewAge.taskDue(BORN, 18, 30, LocalDate.of(2026, 11, 10)));
        assertFalse(ReviewAge.forReview(BORN, 18, LocalDate.of(2026, 12, 9), false));
        assertTrue(ReviewAge.forReview(BORN, 18, LocalDate.of(2026, 12, 10), false));
        assertFalse("reviewed", ReviewAge.forReview(BORN, 18, LocalDate.of(2026, 12, 10), true));
        assertFalse("no birth date", ReviewAge.forReview(null, 18, LocalDate.of(2026, 12, 10), false));
    }
}

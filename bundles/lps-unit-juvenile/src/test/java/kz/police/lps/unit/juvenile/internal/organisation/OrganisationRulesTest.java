package kz.police.lps.unit.juvenile.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import kz.police.lps.unit.juvenile.internal.school.ShiftMode;

/** N-J3 / BR-J05 (L870-875) and BR-J07 (L892-897) with the norms' values passed in (1000, 1000, 7). */
public class OrganisationRulesTest {

    private static final int MAX_STUDENTS = 1000;
    private static final int MAX_MINORS = 1000;

    @Test
    public void aSingleShiftSchoolMayHaveAnyNumberOfStudents() {
        assertFalse(OrganisationRules.adjacentPrecinct(ShiftMode.SINGLE, 1200, MAX_STUDENTS, 900, MAX_MINORS)
                .isPresent());
    }

    @Test
    public void aMultiShiftSchoolUpToTheNormIsAllowed() {
        assertFalse(OrganisationRules.adjacentPrecinct(ShiftMode.MULTIPLE, 1000, MAX_STUDENTS, 1000, MAX_MINORS)
                .isPresent());
    }

    @Test
    public void aMultiShiftSchoolOverTheNormIsRefused() {
        OrganisationRules.Refusal r = OrganisationRules.adjacentPrecinct(ShiftMode.MULTIPLE, 1200, MAX_STUDENTS,
                10, MAX_MINORS).orElseThrow();
        assertEquals("juvenile.org.adjacent.school-too-large", r.key());
        assertEquals(1200, r.args()[0]);
        assertEquals(1000, r.args()[1]);
    }

    @Test
    public void tooManyMinorsInThePrecinctAreRefusedEvenForASingleShiftSchool() {
        OrganisationRules.Refusal r = OrganisationRules.adjacentPrecinct(ShiftMode.SINGLE, 300, MAX_STUDENTS, 1001,
                MAX_MINORS).orElseThrow();
        assertEquals("juvenile.org.adjacent.too-many-minors", r.key());
    }

    @Test
    public void unrecordedMinorsAreRefused() {
        assertEquals("juvenile.org.adjacent.minors-unknown", OrganisationRules.adjacentPrecinct(ShiftMode.SINGLE, 300,
                MAX_STUDENTS, null, MAX_MINORS).orElseThrow().key());
    }

    @Test
    public void theNormsValuesDecideNotLiterals() {
        assertTrue(OrganisationRules.adjacentPrecinct(ShiftMode.MULTIPLE, 900, 800, 10, MAX_MINORS).isPresent());
        assertTrue(OrganisationRules.adjacentPrecinct(ShiftMode.SINGLE, 100, MAX_STUDENTS, 600, 500).isPresent());
    }

    @Test
    public void theHeadIsNeverAssigned() {
        assertEquals("juvenile.org.head-exempt", OrganisationRules.precinctExempt(5, 5L, true, null, 3, 7)
                .orElseThrow().key());
        assertFalse(OrganisationRules.precinctExempt(6, 5L, true, 6L, 20, 7).isPresent());
    }

    @Test
    public void theSeniorInspectorIsExemptOnlyWithoutAHeadPostAndMoreThanSevenInspectors() {
        assertFalse(OrganisationRules.precinctExempt(6, null, false, 6L, 7, 7).isPresent());
        assertEquals("juvenile.org.senior-exempt", OrganisationRules.precinctExempt(6, null, false, 6L, 8, 7)
                .orElseThrow().key());
        assertFalse("another inspector", OrganisationRules.precinctExempt(9, null, false, 6L, 8, 7).isPresent());
    }
}

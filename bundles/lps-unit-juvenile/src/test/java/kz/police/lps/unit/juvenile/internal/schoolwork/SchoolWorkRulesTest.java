package kz.police.lps.unit.juvenile.internal.schoolwork;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.NewEntry;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.NewItem;

public class SchoolWorkRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 9, 1);

    private static AcademicYearInput year() {
        return new AcademicYearInput(List.of(
                new AcademicQuarterInput(1, D, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 11, 1)),
                new AcademicQuarterInput(2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 27),
                        LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 7)),
                new AcademicQuarterInput(3, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 3, 17),
                        LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 28)),
                new AcademicQuarterInput(4, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 25),
                        LocalDate.of(2027, 5, 26), LocalDate.of(2027, 8, 31))), "test");
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
            fail("expected a ValidationException");
            return null;
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    public void academicQuartersAreNotCalendarQuarters() {
        List<AcademicQuarter> qs = AcademicYearRules.validate(2026, year());
        assertEquals(4, qs.size());
        AcademicQuarter q2 = AcademicYearRules.quarterOn(qs, LocalDate.of(2026, 12, 31)).orElseThrow();
        assertEquals("31 Dec is in the 2nd quarter's winter vacation", 2, q2.quarter());
        assertTrue(q2.inVacation(LocalDate.of(2026, 12, 31)));
        assertEquals("2026/2027-Q2", q2.code());
        assertEquals(3, AcademicYearRules.nextAfter(qs, LocalDate.of(2026, 12, 31)).orElseThrow().quarter());
        assertTrue(AcademicYearRules.quarterOn(qs, LocalDate.of(2026, 8, 15)).isEmpty());
    }

    @Test
    public void overlappingOrIncompleteYearsAreRefusedNamingTheField() {
        List<AcademicQuarterInput> bad = new ArrayList<>(year().quarters());
        bad.set(1, new AcademicQuarterInput(2, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 12, 27),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 7)));
        assertTrue(fields(() -> AcademicYearRules.validate(2026, new AcademicYearInput(bad, null)))
                .contains("quarters[1].startsOn"));
        assertEquals(List.of("quarters"), fields(() -> AcademicYearRules.validate(2026,
                new AcademicYearInput(bad.subList(0, 3), null))));
    }

    @Test
    public void aPlanNeedsAnItemInTheVacation() {
        AcademicQuarter q1 = AcademicYearRules.validate(2026, year()).get(0);
        NewItem school = new NewItem(PlanItemType.RAIDS, "Рейд", LocalDate.of(2026, 9, 10),
                LocalDate.of(2026, 9, 12), null);
        NewItem vacation = new NewItem(PlanItemType.VACATION, "Каникул", LocalDate.of(2026, 10, 27),
                LocalDate.of(2026, 10, 30), null);
        NewItem outside = new NewItem(PlanItemType.OTHER, "x", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 6), null);
        assertEquals(List.of("items"), fields(() -> JointPlans.validItems(q1, List.of(school))));
        assertEquals(2, JointPlans.validItems(q1, List.of(school, vacation)).size());
        assertTrue(fields(() -> JointPlans.validItems(q1, List.of(vacation, outside)))
                .contains("items[1].plannedFrom"));
        assertFalse(AcademicYearRules.vacationItem(q1, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12)));
    }

    @Test
    public void studentAndStaffEntriesNeedTheirFields() {
        List<String> student = fields(() -> ControlFileRules.validate(new NewEntry(ControlFileSection.P1_STUDENTS,
                "Ахметов", "Данияр", null, null, null, "Абай 10", null, null, null, null, null, null)));
        assertEquals(List.of("className", "contactPhone", "parents"), student);
        ControlFileRules.validate(new NewEntry(ControlFileSection.P1_STUDENTS, "Ахметов", "Данияр", null, "8 Б",
                null, "Абай 10", "+7 701", "анасы Ахметова С.", null, null, null, null));
        List<String> staff = fields(() -> ControlFileRules.validate(new NewEntry(ControlFileSection.P1_STAFF,
                null, "Гүлнар", null, null, null, null, null, null, null, null, null, null)));
        assertEquals(List.of("lastName", "position", "homeAddress", "contactPhone"), staff);
        assertEquals(List.of("section"), fields(() -> ControlFileRules.validate(new NewEntry(
                ControlFileSection.P2_STATEMENTS, null, null, null, null, null, null, null, null, null, "x", null,
                null))));
    }

    @Test
    public void theControlFileHasTwoPartsOfFiveSections() {
        long part1 = java.util.Arrays.stream(ControlFileSection.values()).filter(s -> s.part() == 1).count();
        long part2 = java.util.Arrays.stream(ControlFileSection.values()).filter(s -> s.part() == 2).count();
        assertEquals(5, part1);
        assertEquals(5, part2);
        assertEquals(5, ControlFileSection.P2_LEGAL_LECTURES.number());
        assertEquals(1, ControlFileSection.P2_JOINT_PLANS.number());
    }
}

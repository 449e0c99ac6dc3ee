package kz.police.lps.unit.juvenile.internal.referral;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import kz.police.lps.core.api.error.ValidationException;

public class MaterialsGroundTest {

    @Test
    public void aReferralOnlyOnEvasionOfSchoolingOrACriminalOffence() {
        ValidationException.Collector errors = new ValidationException.Collector();
        assertEquals(MaterialsGround.EVASION_OF_SCHOOLING,
                CourtMaterials.ground(errors, MaterialsKind.SPECIAL_SCHOOL_REFERRAL, "EVASION_OF_SCHOOLING"));
        assertEquals(MaterialsGround.CRIMINAL_OFFENCE,
                CourtMaterials.ground(errors, MaterialsKind.SPECIAL_SCHOOL_REFERRAL, "CRIMINAL_OFFENCE"));
        assertNull(CourtMaterials.ground(errors, MaterialsKind.SPECIAL_SCHOOL_REFERRAL, "DEPRIVATION"));
        assertNull(CourtMaterials.ground(errors, MaterialsKind.SPECIAL_SCHOOL_REFERRAL, "TRUANCY"));
        try {
            errors.throwIfAny();
        } catch (ValidationException e) {
            assertEquals(2, e.errors().size());
            assertTrue(e.errors().stream().allMatch(f -> "ground".equals(f.field())));
            return;
        }
        throw new AssertionError("two refusals expected");
    }

    @Test
    public void aParentalRightsCaseOnDeprivationOrLimitation() {
        ValidationException.Collector errors = new ValidationException.Collector();
        assertEquals(MaterialsGround.LIMITATION, CourtMaterials.ground(errors, MaterialsKind.PARENTAL_RIGHTS,
                "LIMITATION"));
        assertNull(CourtMaterials.ground(errors, MaterialsKind.PARENTAL_RIGHTS, "CRIMINAL_OFFENCE"));
    }
}

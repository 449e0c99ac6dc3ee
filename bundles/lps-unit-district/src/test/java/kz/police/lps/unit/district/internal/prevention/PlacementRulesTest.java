package kz.police.lps.unit.district.internal.prevention;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.BasisDocument;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.Convictions;

/** BR-28 (L652-657) and the basis document every ground rests on (L648-674). */
public class PlacementRulesTest {

    private static final String GROUND_3 = PlacementRules.REPEAT_CONVICT_GROUND;
    private static final String GROUND_5 = "district.preventive.protective-order";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static List<String> convictions(String ground, Convictions c) {
        ValidationException.Collector errors = new ValidationException.Collector();
        PlacementRules.convictions(errors, ground, c, 2);
        return fields(errors);
    }

    private static List<String> basis(BasisDocument b) {
        ValidationException.Collector errors = new ValidationException.Collector();
        PlacementRules.basisDocument(errors, b, DAY);
        return fields(errors);
    }

    private static List<String> fields(ValidationException.Collector errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    public void groundThreeWithOneConvictionIsRefusedNamingTheCount() {
        assertEquals(List.of("convictions.count"), convictions(GROUND_3, new Convictions(1, "справка ИЦ")));
    }

    @Test
    public void groundThreeWithTwoOrMoreConvictionsAndTheirDocumentPasses() {
        assertEquals(List.of(), convictions(GROUND_3, new Convictions(2, "справка ИЦ № 15")));
        assertEquals(List.of(), convictions(GROUND_3, new Convictions(5, "справка ИЦ № 15")));
    }

    @Test
    public void groundThreeNeedsTheCountAndTheDocument() {
        assertEquals(List.of("convictions.count", "convictions.document"), convictions(GROUND_3, null));
        assertEquals(List.of("convictions.document"), convictions(GROUND_3, new Convictions(3, " ")));
    }

    @Test
    public void otherGroundsNeedNoConvictionsButRefuseANegativeCount() {
        assertEquals(List.of(), convictions(GROUND_5, null));
        assertEquals(List.of(), convictions(GROUND_5, new Convictions(0, null)));
        assertEquals(List.of("convictions.count"), convictions(GROUND_5, new Convictions(-1, null)));
    }

    @Test
    public void everyGroundNeedsItsBasisDocument() {
        assertEquals(List.of("basisDocument"), basis(null));
        assertEquals(List.of("basisDocument.kind", "basisDocument.number", "basisDocument.issuedOn"),
                basis(new BasisDocument(null, "", null, null)));
        assertEquals(List.of(), basis(new BasisDocument(BasisKind.PROTECTIVE_ORDER, "12", DAY, null)));
    }

    @Test
    public void theBasisCannotPostdateThePlacement() {
        List<String> f = basis(new BasisDocument(BasisKind.COURT_DECISION, "2-123/2026", DAY.plusDays(1), "суд"));
        assertTrue(f.toString(), f.equals(List.of("basisDocument.issuedOn")));
    }
}

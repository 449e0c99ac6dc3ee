package kz.police.lps.core.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.ValidationException;

public class ChecksTest {

    private static List<String> codes(ValidationException.Collector errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
        }
    }

    @Test
    public void textIsStrippedBoundedAndFreeOfControlCharacters() {
        ValidationException.Collector errors = new ValidationException.Collector();
        assertEquals("Акт №5\nот 1 марта", Checks.text(errors, "note", "  Акт №5\nот 1 марта\t ", 20, true));
        assertNull(Checks.text(errors, "optional", "   ", 20, false));
        assertEquals(List.of(), codes(errors));

        errors = new ValidationException.Collector();
        Checks.text(errors, "basis", " ", 20, true);
        Checks.text(errors, "long", "x".repeat(21), 20, false);
        Checks.text(errors, "esc", "a\u001b[2Jb", 20, false);
        Checks.text(errors, "nul", "a\u0000b", 20, false);
        assertEquals(List.of("basis:required", "long:length.max", "esc:text.control", "nul:text.control"),
                codes(errors));
    }
}

package kz.police.lps.core.api.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.error.ValidationException;

public class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("surname", "birthDate");

    @Test
    public void defaultsAndSortKeys() {
        PageRequest p = PageRequest.of(null, null, "surname,-birthDate", SORTABLE);
        assertEquals(PageRequest.DEFAULT_LIMIT, p.limit());
        assertEquals(0, p.offset());
        assertEquals("surname", p.sort().get(0).field());
        assertTrue(p.sort().get(1).descending());
    }

    @Test
    public void badValuesNameTheirParameter() {
        try {
            PageRequest.of(0, -1, "iin", SORTABLE);
            fail();
        } catch (ValidationException e) {
            assertEquals(3, e.errors().size());
            assertEquals("limit", e.errors().get(0).field());
            assertEquals("offset", e.errors().get(1).field());
            assertEquals("sort", e.errors().get(2).field());
        }
    }
}

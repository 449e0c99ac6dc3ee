package kz.police.lps.core.internal.rest;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LanguagesTest {

    @Test
    public void kazakhByDefaultOtherwiseFirstSupportedByPreference() {
        assertEquals("kk", Languages.pick((String) null).getLanguage());
        assertEquals("kk", Languages.pick("de-DE").getLanguage());
        assertEquals("ru", Languages.pick("ru-RU,ru;q=0.9,en;q=0.8").getLanguage());
        assertEquals("en", Languages.pick("de;q=0.9,en;q=0.5,ru;q=0.1").getLanguage());
        assertEquals("kk", Languages.pick("kk, ru").getLanguage());
        assertEquals("kk", Languages.pick("%%%").getLanguage());
    }

    @Test
    public void messagesInThreeLanguages() {
        assertEquals("Міндетті өріс.", Messages.get(Languages.pick("kk"), "required", java.util.List.of()));
        assertEquals("Обязательное поле.", Messages.get(Languages.pick("ru"), "required", java.util.List.of()));
        assertEquals("Required.", Messages.get(Languages.pick("en"), "required", java.util.List.of()));
        assertEquals("some.unit.code [5]", Messages.get(Languages.pick("en"), "some.unit.code", java.util.List.of(5)));
    }
}

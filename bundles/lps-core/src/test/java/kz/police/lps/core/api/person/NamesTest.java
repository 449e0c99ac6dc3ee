package kz.police.lps.core.api.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class NamesTest {

    @Test
    public void kazakhAndRussianSpellingsFoldAlike() {
        assertEquals(Names.fold("Нурлан"), Names.fold("Нұрлан"));
        assertEquals(Names.fold("Куаныш"), Names.fold("Қуаныш"));
        assertEquals(Names.fold("Омар"), Names.fold("Өмар"));
        assertEquals(Names.fold("Асель"), Names.fold("Әсель"));
        assertEquals(Names.fold("Умит"), Names.fold("Үміт"));
        assertEquals(Names.fold("Галым"), Names.fold("Ғалым"));
        assertEquals(Names.fold("Жансая Тенге"), Names.fold("Жансая Теңге"));
        assertEquals(Names.fold("Хасен"), Names.fold("Һасен"));
        assertEquals(Names.fold("Фёдор"), Names.fold("Федор"));
        assertEquals("сеиитов нурлан", Names.fold("  СЕЙІТОВ   Нұрлан "));
    }

    @Test
    public void namesAreCyrillicLettersOnly() {
        assertTrue(Names.isValidName("Нұрланұлы"));
        assertTrue(Names.isValidName("Жақсыбек-Оглы"));
        assertTrue(Names.isValidName("Д'Артаньян"));
        assertTrue(Names.isValidName("Ким Ен Сун"));
        assertFalse(Names.isValidName("Ivanov"));
        assertFalse(Names.isValidName("Иванов1"));
        assertFalse(Names.isValidName("-Иванов"));
        assertFalse(Names.isValidName(""));
        assertFalse(Names.isValidName("Иванов  Петров"));
    }
}

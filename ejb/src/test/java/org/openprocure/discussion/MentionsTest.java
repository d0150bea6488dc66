package org.openprocure.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@sophie merci                               | sophie",
            "Bonjour @sophie et @bruno.                  | sophie,bruno",
            "(@olivier) voir aussi @sophie, @sophie      | olivier,sophie",
            "écrire à sophie@bureau-fournitures.example  | ''",
            "@jean.dupont: avez-vous le BL ?             | jean.dupont",
            "mail@ et @ seul                             | ''"})
    void namesFound(String text, String expected) {
        List<String> names = List.copyOf(Mentions.names(text.strip()));

        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), names);
    }
}

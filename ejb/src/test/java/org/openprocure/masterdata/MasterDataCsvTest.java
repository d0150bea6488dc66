package org.openprocure.masterdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openprocure.shared.InvalidInputException;

class MasterDataCsvTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void semicolonFileWithBomIsRead() {
        List<MasterDataCsv.Row> rows = MasterDataCsv.read(utf8("\uFEFFCode;Label;active\r\n6061;Fournitures de bureau;oui\r\n"),
                MasterDataKind.GL_ACCOUNTS);

        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).number());
        assertEquals("6061", rows.get(0).cell("code"));
        assertEquals("Fournitures de bureau", rows.get(0).cell("label"));
        assertEquals("oui", rows.get(0).cell("active"));
    }

    @Test
    void commaFileWithQuotedCellIsRead() {
        List<MasterDataCsv.Row> rows = MasterDataCsv.read(utf8("code,label\n6063,\"Entretien, réparations\"\n"), MasterDataKind.GL_ACCOUNTS);

        assertEquals("Entretien, réparations", rows.get(0).cell("label"));
        assertEquals("", rows.get(0).cell("active"));
    }

    @Test
    void unknownColumnIsRejectedByName() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> MasterDataCsv.read(utf8("code;libelle\n6061;x\n"), MasterDataKind.GL_ACCOUNTS));

        assertEquals("error.masterData.unknownColumn", error.messageKey());
        assertEquals("libelle", error.arguments()[0]);
    }

    @Test
    void missingRequiredColumnIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> MasterDataCsv.read(utf8("code;name\nCC-1;Achats\n"), MasterDataKind.COST_CENTRES));

        assertEquals("error.masterData.missingColumn", error.messageKey());
        assertEquals("owner", error.arguments()[0]);
    }

    @Test
    void windows1252ByteIsRejectedWithPosition() {
        byte[] content = {'c', 'o', 'd', 'e', ';', 'l', 'a', 'b', 'e', 'l', '\n', '1', ';', (byte) 0xE9, '\n'};

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> MasterDataCsv.read(content, MasterDataKind.GL_ACCOUNTS));

        assertEquals("error.masterData.notUtf8", error.messageKey());
        assertArrayEquals(new Object[] {14L}, error.arguments());
    }

    @Test
    void headerWithoutRowsIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> MasterDataCsv.read(utf8("code;label\n"), MasterDataKind.GL_ACCOUNTS));

        assertEquals("error.masterData.noRows", error.messageKey());
    }
}

package org.openprocure.punchout.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.cxml.PunchOutSetupResponseReader.SetupResponse;

/** Reads the sample PunchOutSetupResponses: a start page, and a refusal with status 400. */
class PunchOutSetupResponseReaderTest {

    private static final Path SAMPLES = PunchOutOrderMessageReaderTest.CXML.resolve("DPassarelli-6-mils/test/samples");

    @Test
    void successGivesStartPage() throws IOException {
        SetupResponse response = read(SAMPLES.resolve("PunchOutSetupResponse.xml"));

        assertTrue(response.isSuccess());
        assertEquals("200", response.statusCode());
        assertEquals("http://xml.workchairs.com/retrieve?reqUrl=20626;Initial=TRUE", response.startPageUrl());
    }

    @Test
    void refusalGivesStatusAndText() throws IOException {
        SetupResponse response = read(SAMPLES.resolve("PunchOutSetupResponse-400.xml"));

        assertFalse(response.isSuccess());
        assertEquals("400", response.statusCode());
        assertEquals("Failure: XML document contained a doctype but failed validation.", response.statusText());
        assertNull(response.startPageUrl());
    }

    private static SetupResponse read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PunchOutSetupResponseReader.read(SecureXml.parse(in));
        }
    }
}

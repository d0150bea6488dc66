package org.openprocure.punchout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypts punch-out secrets under a key file that only its owner can read. */
class SecretCipherTest {

    @TempDir
    Path directory;

    @BeforeEach
    void keyFileInTemporaryDirectory() {
        System.setProperty(SecretCipher.KEY_FILE, directory.resolve("keys/punch-out.key").toString());
    }

    @AfterEach
    void forgetKeyFile() {
        System.clearProperty(SecretCipher.KEY_FILE);
    }

    @Test
    void secretRoundTrips() {
        SecretCipher cipher = new SecretCipher();

        String stored = cipher.encrypt("Mot de passe été");

        assertFalse(stored.contains("passe"));
        assertEquals("Mot de passe été", new SecretCipher().decrypt(stored));
    }

    @Test
    void sameSecretEncryptsDifferently() {
        SecretCipher cipher = new SecretCipher();

        assertNotEquals(cipher.encrypt("secret"), cipher.encrypt("secret"));
    }

    @Test
    void keyFileIsOwnerOnly() throws IOException {
        new SecretCipher().encrypt("secret");

        Path key = directory.resolve("keys/punch-out.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }
}

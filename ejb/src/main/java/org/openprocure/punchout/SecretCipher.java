package org.openprocure.punchout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Encrypts the punch-out secrets (cXML shared secrets, OCI passwords) with AES-256-GCM under a key
 * kept outside the database. The key file is the system property {@value #KEY_FILE} when set, else
 * {@code punch-out.key} in the server's data directory ({@code jboss.server.data.dir}), created on
 * first use with owner-only permissions. Losing the file makes stored secrets unreadable: an
 * administrator then enters them again.
 */
@ApplicationScoped
public class SecretCipher {

    public static final String KEY_FILE = "openprocure.punch-out.key-file";

    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    /** Returns Base64 of a random IV followed by the ciphertext and its tag. */
    public String encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a punch-out secret failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decrypting a punch-out secret failed; was the key file " + keyFile() + " replaced?", e);
        }
    }

    private synchronized SecretKey key() throws GeneralSecurityException {
        if (key == null) {
            key = load(keyFile());
        }
        return key;
    }

    static Path keyFile() {
        String configured = System.getProperty(KEY_FILE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "punch-out.key");
    }

    private static SecretKey load(Path file) throws GeneralSecurityException {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new SecretKeySpec(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the punch-out key file " + file + " failed", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        String encoded = Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // Another thread or server created it first; its key is the one to use.
            return;
        } catch (UnsupportedOperationException e) {
            // NOTE: on a file system without POSIX permissions the file gets the directory's default access.
            Files.createFile(file);
        }
        Files.writeString(file, encoded, StandardCharsets.US_ASCII);
        LOG.info(() -> "Created the punch-out key file " + file);
    }
}

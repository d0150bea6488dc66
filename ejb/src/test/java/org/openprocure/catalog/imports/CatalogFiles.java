package org.openprocure.catalog.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes catalog files for the reader tests and reads every row back. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static Path write(Path folder, String name, String text, Charset charset) {
        try {
            return Files.write(folder.resolve(name), text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CatalogRecord> readAll(CatalogFileReader reader) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        Optional<CatalogRecord> record;
        while ((record = reader.next()).isPresent()) {
            records.add(record.get());
        }
        return records;
    }
}

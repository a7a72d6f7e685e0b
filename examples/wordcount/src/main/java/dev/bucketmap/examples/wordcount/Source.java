package dev.bucketmap.examples.wordcount;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** One text to count: a file, or one entry of a zip file. */
sealed interface Source {

    /** Bytes before decoding, for the progress bar; -1 if unknown. */
    long size();

    byte[] read() throws IOException;

    /** A plain file. */
    record File(Path path, long size) implements Source {
        @Override
        public byte[] read() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    /** An entry of a zip file that the reader keeps open. */
    record ZipEntryOf(ZipFile zip, ZipEntry entry) implements Source {
        @Override
        public long size() {
            return entry.getSize();
        }

        @Override
        public byte[] read() throws IOException {
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}

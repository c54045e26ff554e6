package ru.otklik.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Turns multipart file parts into {@link IncomingFile}s named the way the client sent them ({@code files[0]}). */
final class Uploads {

    private Uploads() {
    }

    static List<IncomingFile> files(List<FileUpload> uploads) {
        List<IncomingFile> files = new ArrayList<>();
        if (uploads == null) {
            return files;
        }
        java.util.Map<String, Integer> indexes = new java.util.HashMap<>();
        for (FileUpload u : uploads) {
            int index = indexes.merge(u.name(), 1, Integer::sum) - 1;
            try {
                files.add(new IncomingFile(u.name() + "[" + index + "]", u.fileName(), u.contentType(),
                        Files.readAllBytes(u.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("Uploaded file vanished before it was read", e);
            }
        }
        return files;
    }
}

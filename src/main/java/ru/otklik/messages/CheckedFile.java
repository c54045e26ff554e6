package ru.otklik.messages;

import ru.otklik.shared.files.FileType;

/** A file that passed the checks: its type is what its bytes say, its checksum is computed. */
record CheckedFile(String fileName, FileType type, byte[] content, String sha256) {
}

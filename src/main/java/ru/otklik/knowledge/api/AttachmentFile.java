package ru.otklik.knowledge.api;

/** A file's bytes for a download, with what the response headers need. */
public record AttachmentFile(String fileName, String mediaType, String sha256, byte[] content) {
}

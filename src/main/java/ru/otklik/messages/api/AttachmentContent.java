package ru.otklik.messages.api;

/** A file's bytes for a download, with what the response headers need. */
public record AttachmentContent(String fileName, String mediaType, String sha256, byte[] content) {
}

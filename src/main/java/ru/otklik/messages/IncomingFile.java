package ru.otklik.messages;

/**
 * A file as it arrived, before anyone trusted it: the request field or mail part it came in
 * ({@code files[0]}), the name and type the sender gave, and the bytes.
 */
public record IncomingFile(String field, String fileName, String declaredType, byte[] content) {
}

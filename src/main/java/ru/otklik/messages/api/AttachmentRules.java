package ru.otklik.messages.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What files the department accepts, so forms can warn before sending; the server still decides. */
@Schema(name = "AttachmentRules", description = "Какие файлы принимаются с обращением")
public record AttachmentRules(
        @Schema(description = "Наибольший размер одного файла, байт", examples = "10485760") long maxFileSize,
        @Schema(description = "Наибольший размер всех файлов обращения, байт", examples = "26214400") long maxMessageSize,
        @Schema(description = "Наибольшее число файлов", examples = "20") int maxFiles,
        @Schema(description = "Допустимые форматы") List<FileFormat> formats) {

    @Schema(name = "FileFormat", description = "Допустимый формат файла")
    public record FileFormat(
            @Schema(description = "Тип", examples = "application/pdf") String mediaType,
            @Schema(description = "Название для людей", examples = "PDF") String label,
            @Schema(description = "Расширения имени файла", examples = "[\"pdf\"]") List<String> extensions) {
    }
}

package ru.otklik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import ru.otklik.messages.FileFixtures;

class FileSnifferTest {

    @Test
    void knowsEachAcceptedFormatByItsBytes() {
        assertThat(FileSniffer.sniff(FileFixtures.pdf())).contains(FileType.PDF);
        assertThat(FileSniffer.sniff(FileFixtures.png())).contains(FileType.PNG);
        assertThat(FileSniffer.sniff(FileFixtures.jpeg())).contains(FileType.JPEG);
        assertThat(FileSniffer.sniff(new byte[] { 'I', 'I', 0x2A, 0, 8, 0, 0, 0 })).contains(FileType.TIFF);
        assertThat(FileSniffer.sniff(new byte[] { 'M', 'M', 0, 0x2A, 0, 0, 0, 8 })).contains(FileType.TIFF);
        assertThat(FileSniffer.sniff(FileFixtures.docx())).contains(FileType.DOCX);
        assertThat(FileSniffer.sniff(FileFixtures.xlsx())).contains(FileType.XLSX);
        assertThat(FileSniffer.sniff(FileFixtures.odt())).contains(FileType.ODT);
        assertThat(FileSniffer.sniff(FileFixtures.text("Прошу выдать копию договора аренды.\r\n"))).contains(FileType.TEXT);
        assertThat(FileSniffer.sniff(ods())).contains(FileType.ODS);
        assertThat(FileSniffer.sniff(FileFixtures.text("{\\rtf1\\ansi\\ansicpg1251 {\\b Приказ}\\par}"))).contains(FileType.RTF);
    }

    @Test
    void rtfIsTextWhereRtfIsNotAFormatOfItsOwn() {
        byte[] rtf = FileFixtures.text("{\\rtf1\\ansi Заявление\\par}");
        assertThat(AcceptedFormats.of(FileType.PDF, FileType.TEXT).sniff(rtf)).contains(FileType.TEXT);
        assertThat(AcceptedFormats.of(FileType.PDF, FileType.RTF, FileType.TEXT).sniff(rtf)).contains(FileType.RTF);
        assertThat(AcceptedFormats.of(FileType.PDF).sniff(rtf)).isEmpty();
    }

    @Test
    void aFormatNotAcceptedIsNothingEvenIfKnown() {
        assertThat(AcceptedFormats.of(FileType.ODT, FileType.TEXT).sniff(ods())).isEmpty();
        assertThat(AcceptedFormats.of(FileType.ODT, FileType.TEXT).ofExtension("смета.ods")).isEmpty();
        assertThat(AcceptedFormats.of(FileType.ODS).ofExtension("смета.ODS")).contains(FileType.ODS);
    }

    /** A spreadsheet as LibreOffice stores it: "mimetype" first, uncompressed content after. */
    static byte[] ods() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(FileType.ODS.mediaType().getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void cyrillicTextInTheOldWindowsEncodingIsText() {
        byte[] cp1251 = "Заявление о предоставлении участка".getBytes(Charset.forName("windows-1251"));
        assertThat(FileSniffer.sniff(cp1251)).contains(FileType.TEXT);
    }

    @Test
    void programsArchivesAndEmptyFilesAreNothingWeAccept() {
        assertThat(FileSniffer.sniff(FileFixtures.exe())).isEmpty();
        assertThat(FileSniffer.sniff(FileFixtures.plainZip())).isEmpty();
        assertThat(FileSniffer.sniff(new byte[0])).isEmpty();
        assertThat(FileSniffer.sniff(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 })).isEmpty();
        // an old binary Word file (OLE2) is not among the accepted formats
        assertThat(FileSniffer.sniff(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 })).isEmpty();
    }

    @Test
    void aZipClaimingToBeBothWordAndExcelIsRefused() {
        byte[] both = ru.otklik.messages.FileFixtures.zipOf("[Content_Types].xml", "word/document.xml", "xl/workbook.xml");
        assertThat(FileSniffer.sniff(both)).isEmpty();
    }
}

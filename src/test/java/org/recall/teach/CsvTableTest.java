package org.recall.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=HYPERLINK(\"http://evil\",\"x\")|\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
            "+1+2|\"'+1+2\"",
            "-2+3|\"'-2+3\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
    })
    void formulaLikeCellsAreNeutralisedAndQuoted(String value, String expected) {
        assertEquals(expected, CsvTable.cell(value));
    }

    @Test
    void tabAndCarriageReturnStartsAreEscapedToo() {
        assertEquals("\"'\t=1\"", CsvTable.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvTable.cell("\r=1"));
        assertEquals("\"two\nlines\"", CsvTable.cell("two\nlines"));
        assertEquals("", CsvTable.cell(null));
    }

    @Test
    void aTableHasAByteOrderMarkAHeaderAndCrlfRows() {
        String csv = new CsvTable(List.of("Name", "Score")).row(List.of("=cmd|' /C calc'!A0", "7")).toString();
        assertTrue(csv.startsWith("\uFEFFName,Score\r\n"), csv);
        assertTrue(csv.endsWith("\"'=cmd|' /C calc'!A0\",7\r\n"), csv);
    }
}

package dev.rubric.cli;

import static dev.rubric.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Documents are strict UTF-8: anything else is refused with the file and byte named. */
class CliEncodingTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) out.write(b);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Each row: the text before the bad bytes, the bad bytes (hex), the offset reported. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lone continuation byte   | # T\\n\\nab | 80       | 7",
            "latin-1 é                | # Caf     | e9       | 5",
            "overlong encoding        | x         | c0 af    | 1",
            "surrogate half           | xy        | ed a0 80 | 2",
            "truncated at the end     | ok 😀 ok  | e2 82    | 10",
            "invalid byte             | abc       | ff fe    | 3",
    })
    void invalidUtf8ExitsTwoNamingTheFileAndByte(String name, String before, String hex, int offset) throws Exception {
        String[] parts = hex.trim().split(" ");
        int[] raw = new int[parts.length];
        for (int i = 0; i < parts.length; i++) raw[i] = Integer.parseInt(parts[i], 16);
        Path md = dir.resolve("doc.md");
        Files.write(md, bytes(before.replace("\\n", "\n"), raw, name.startsWith("truncated") ? "" : " more text\n"));
        Cli.Result r = run("check", md.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("rubric: " + md + ": not valid UTF-8 at byte " + offset + "\n", r.err());
    }

    @Test
    void aBadByteFarIntoALargeFileIsFoundWhereItIs() throws Exception {
        Path md = dir.resolve("big.md");
        String prefix = "Plain text line.\n".repeat(10_000);
        Files.write(md, bytes(prefix, new int[] {0xFF}, "\n"));
        Cli.Result r = run("check", md.toString());
        assertEquals("rubric: " + md + ": not valid UTF-8 at byte " + prefix.length() + "\n", r.err());
    }

    @Test
    void binaryFilesAreRefusedAtTheirFirstNul() throws Exception {
        Path png = dir.resolve("image.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Cli.Result r = run("check", png.toString());
        assertEquals(2, r.code());
        assertEquals("rubric: " + png + ": binary file (NUL byte at offset 8), not a Markdown document\n", r.err());
    }

    @Test
    void stdinIsCheckedTheSameWay() {
        Cli.Result r = Cli.runWithBytes(new byte[] {'#', ' ', 'T', '\n', (byte) 0xC3}, "check", "-");
        assertEquals(2, r.code());
        assertEquals("rubric: <stdin>: not valid UTF-8 at byte 4\n", r.err());
    }

    @Test
    void validUtf8WithABomAndAstralCharactersIsFine() throws Exception {
        Path md = dir.resolve("ok.md");
        Files.write(md, bytes("", new int[] {0xEF, 0xBB, 0xBF}, "# Title 😀\n\nText 中文.\n"));
        Cli.write(dir.resolve(".rubric.yaml"), Cli.onlyRules());
        Cli.Result r = run("check", md.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().isEmpty());
    }
}

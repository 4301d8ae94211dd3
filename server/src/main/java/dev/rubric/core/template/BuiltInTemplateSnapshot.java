package dev.rubric.core.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in templates as read from their YAML, saved at build time in a binary form that
 * reads back in a fraction of a millisecond. Parsing the four YAML files was about 45 ms of
 * main-thread CPU in every `rubric check` (SnakeYAML, run by the interpreter at start-up).
 *
 * <p>The snapshot records a checksum of each YAML file it was made from, and is used only
 * when the YAML files at hand still match: a template edited without a full build (an IDE
 * compiling alone) is read from its YAML, never from a stale snapshot. Written by
 * {@link dev.rubric.build.StartupIndexes} during the Maven build; a test checks it reads back
 * equal to the YAML.
 */
final class BuiltInTemplateSnapshot {
    /** Next to the YAML files; absent when the build did not write it (then the YAML is read). */
    static final String RESOURCE = "/dev/rubric/templates/built-in.snapshot";
    /** Changes whenever the layout below does, so an old snapshot is ignored rather than misread. */
    private static final int FORMAT = 1;

    private BuiltInTemplateSnapshot() {
    }

    /** @param yamls the YAML each template was read from, by position */
    static byte[] write(List<Template> templates, List<byte[]> yamls) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(templates.size());
            for (int i = 0; i < templates.size(); i++) {
                out.writeLong(checksum(yamls.get(i)));
                writeTemplate(out, templates.get(i));
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The templates in a snapshot, or empty when it is of another format or was made from YAML
     * other than {@code yamls} (same order as when written).
     */
    static Optional<List<Template>> read(byte[] snapshot, List<byte[]> yamls) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
        if (in.readInt() != FORMAT || in.readInt() != yamls.size()) return Optional.empty();
        List<Template> templates = new ArrayList<>(yamls.size());
        for (byte[] yaml : yamls) {
            if (in.readLong() != checksum(yaml)) return Optional.empty();
            templates.add(readTemplate(in));
        }
        return Optional.of(templates);
    }

    private static long checksum(byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        // the length too: a CRC alone leaves one collision in four billion edits
        return crc.getValue() << 32 ^ yaml.length;
    }

    private static void writeTemplate(DataOutputStream out, Template t) throws IOException {
        out.writeUTF(t.id());
        out.writeUTF(t.title());
        out.writeUTF(t.description());
        writeStrings(out, t.detect());
        out.writeInt(t.blocks().size());
        for (Block b : t.blocks()) {
            out.writeUTF(b.id());
            out.writeUTF(b.title());
            writeStrings(out, b.headings());
            writeStrings(out, b.evidence());
            out.writeBoolean(b.isRequired());
            writeStrings(out, b.concerns());
            out.writeUTF(b.skeleton());
            writeStrings(out, b.checklist());
        }
        out.writeInt(t.neverMerge().size());
        for (List<String> pair : t.neverMerge()) writeStrings(out, pair);
    }

    private static Template readTemplate(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String title = in.readUTF();
        String description = in.readUTF();
        List<String> detect = readStrings(in);
        int blockCount = in.readInt();
        List<Block> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            blocks.add(new Block(in.readUTF(), in.readUTF(), readStrings(in), readStrings(in), in.readBoolean(), readStrings(in),
                    in.readUTF(), readStrings(in)));
        }
        int pairCount = in.readInt();
        List<List<String>> neverMerge = new ArrayList<>(pairCount);
        for (int i = 0; i < pairCount; i++) neverMerge.add(readStrings(in));
        return new Template(id, title, description, detect, blocks, neverMerge);
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) out.writeUTF(s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) strings.add(in.readUTF());
        return strings;
    }
}

package dev.rubric.core.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads templates from YAML or JSON (JSON is YAML) and checks they are coherent. */
public final class TemplateLoader {
    /** Built on first use: the built-in templates are read without it (start-up time). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private TemplateLoader() {
    }

    public static Template load(Path file) throws TemplateException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            if (e instanceof JsonProcessingException jpe) throw located(file.toString(), jpe);
            throw new TemplateException(file + ": cannot read template: " + e.getMessage(), e);
        }
    }

    public static Template read(InputStream in, String name) throws TemplateException {
        try {
            Template template = Mapper.MAPPER.readValue(in, Template.class);
            validate(template, name);
            return template;
        } catch (JsonProcessingException e) {
            throw located(name, e);
        } catch (IOException e) {
            throw new TemplateException(name + ": cannot read template: " + e.getMessage(), e);
        }
    }

    /**
     * A built-in template: read without Jackson's data binding when it holds only what the
     * built-ins hold (start-up time), otherwise exactly as {@link #read}. Validated either way.
     */
    static Template readBuiltIn(byte[] yaml, String name) throws TemplateException {
        Template template;
        try {
            template = BuiltInTemplateReader.read(new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return read(new java.io.ByteArrayInputStream(yaml), name);
        }
        validate(template, name);
        return template;
    }

    private static TemplateException located(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        return new TemplateException(where + ": invalid template: " + e.getOriginalMessage(), e);
    }

    private static void validate(Template t, String name) throws TemplateException {
        if (t.id() == null || !t.id().matches("[a-z0-9][a-z0-9-]*")) {
            throw new TemplateException(name + ": template id must be kebab-case, got '" + t.id() + "'");
        }
        if (t.blocks().isEmpty()) throw new TemplateException(name + ": template '" + t.id() + "' has no blocks");
        Set<String> ids = new HashSet<>();
        for (Block b : t.blocks()) {
            if (b.id() == null || b.id().isBlank()) throw new TemplateException(name + ": a block of '" + t.id() + "' has no id");
            if (!ids.add(b.id())) throw new TemplateException(name + ": block id '" + b.id() + "' appears twice");
        }
        for (List<String> pair : t.neverMerge()) {
            for (String id : pair) {
                if (!ids.contains(id)) {
                    throw new TemplateException(name + ": neverMerge names unknown block '" + id + "'");
                }
            }
        }
    }
}

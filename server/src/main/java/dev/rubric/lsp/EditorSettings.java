package dev.rubric.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code rubric.*} editor settings, from workspace/configuration, didChangeConfiguration
 * or initializationOptions. Accepts the section itself ({@code {"template": ...}}), the
 * section under a {@code rubric} key, or dotted keys ({@code {"rubric.template": ...}}), since
 * clients send all three shapes.
 *
 * @param template   a template id or "auto"; null when not set
 * @param rules      the same shape as {@code rules:} in .rubric.yaml; null when not set
 * @param debounceMs null when not set
 * @param problems   settings of the wrong type, described for the user
 */
record EditorSettings(String template, JsonObject rules, Integer debounceMs, List<String> problems) {
    static final EditorSettings NONE = new EditorSettings(null, null, null, List.of());
    static final int MAX_DEBOUNCE_MS = 10_000;
    private static final Gson GSON = new Gson();

    static EditorSettings parse(Object raw) {
        JsonElement json = raw instanceof JsonElement e ? e : GSON.toJsonTree(raw);
        if (json == null || !json.isJsonObject()) return NONE;
        JsonObject section = json.getAsJsonObject();
        if (section.has("rubric") && section.get("rubric").isJsonObject()) section = section.getAsJsonObject("rubric");
        List<String> problems = new ArrayList<>();
        String template = null;
        JsonElement t = value(section, "template");
        if (t != null) {
            if (t.isJsonPrimitive() && t.getAsJsonPrimitive().isString()) template = t.getAsString().trim();
            else problems.add("rubric.template must be a template id such as \"ml-system-design\" or \"auto\", found " + t);
        }
        JsonObject rules = null;
        JsonElement r = value(section, "rules");
        if (r != null) {
            if (r.isJsonObject()) rules = r.getAsJsonObject();
            else problems.add("rubric.rules must map rule ids to severities, e.g. {\"monitoring\": \"error\"}, found " + r);
        }
        Integer debounce = null;
        JsonElement d = value(section, "debounceMs");
        if (d != null) {
            if (d.isJsonPrimitive() && d.getAsJsonPrimitive().isNumber()
                    && d.getAsDouble() >= 0 && d.getAsDouble() <= MAX_DEBOUNCE_MS) {
                debounce = (int) d.getAsDouble();
            } else {
                problems.add("rubric.debounceMs must be a number of milliseconds from 0 to " + MAX_DEBOUNCE_MS + ", found " + d);
            }
        }
        return new EditorSettings(template == null || template.isEmpty() ? null : template, rules, debounce, List.copyOf(problems));
    }

    /** Whether any setting that changes how documents are linted is present. */
    boolean affectsLinting() {
        return template != null || rules != null;
    }

    /** The lint-affecting settings as config-file JSON, for the core's config reader to validate. */
    String asConfigJson() {
        JsonObject config = new JsonObject();
        if (template != null) config.add("template", new JsonPrimitive(template));
        if (rules != null) config.add("rules", rules);
        return GSON.toJson(config);
    }

    private static JsonElement value(JsonObject section, String key) {
        JsonElement v = section.get(key);
        if (v == null) v = section.get("rubric." + key);
        return v == null || v.isJsonNull() ? null : v;
    }
}

package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Json;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * JSON fields: a record ({@code jsonb} on PostgreSQL), a {@code Map} and a {@code JsonNode} (JSON without the
 * annotation), and a record kept as PostgreSQL {@code json} text.
 */
@Model
public record JsonDoc(@Key @Auto Long id, String label,
                      @Json Meta meta,
                      Map<String, Object> attrs,
                      JsonNode node,
                      @Json(binary = false) Meta rawMeta) {

    public static JsonDoc of(String label, Meta meta) {
        return new JsonDoc(null, label, meta, null, null, null);
    }

    public JsonDoc withAttrs(Map<String, Object> value) {
        return new JsonDoc(id, label, meta, value, node, rawMeta);
    }

    public JsonDoc withNode(JsonNode value) {
        return new JsonDoc(id, label, meta, attrs, value, rawMeta);
    }

    public JsonDoc withRawMeta(Meta value) {
        return new JsonDoc(id, label, meta, attrs, node, value);
    }
}

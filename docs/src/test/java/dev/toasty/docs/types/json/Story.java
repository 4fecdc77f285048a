package dev.toasty.docs.types.json;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Json;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** docs/types/json.md: a record, a map and a tree, each stored as one JSON document. */
@Model
public record Story(@Key @Auto Long id, @Required String title,
                   @Json StoryMeta meta,
                   Map<String, Object> extra,
                   JsonNode raw) {
}

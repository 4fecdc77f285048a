package dev.toasty.docs.types.json;

import java.util.List;

/** docs/types/json.md: a document stored in a JSON field. Not a model, and not annotated. */
public record StoryMeta(String lang, Integer readMinutes, boolean featured, List<String> keywords) {
}

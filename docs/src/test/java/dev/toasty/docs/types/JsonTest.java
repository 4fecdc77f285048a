package dev.toasty.docs.types;

import dev.toasty.Toasty;
import dev.toasty.docs.types.json.Story;
import dev.toasty.docs.types.json.StoryMeta;
import dev.toasty.docs.types.json.Story_;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/types/json.md, run as written there. */
class JsonTest {

    @Test
    void documentsRoundTripAndFilterByTheirInnerValues() {
        try (Toasty db = Toasty.builder().models(Story.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Story hello = db.insert(new Story(null, "Hello", new StoryMeta("en", 3, true, List.of("intro")),
                    Map.of("source", "rss", "origin", Map.of("site", "example.com")), null));
            Story guide = db.insert(new Story(null, "Guide", new StoryMeta("en", 12, false, List.of("howto", "sql")), null, null));
            Story bonjour = db.insert(new Story(null, "Bonjour", new StoryMeta("fr", null, false, List.of()), Map.of(), null));

            StoryMeta meta = db.get(Story.class, hello.id()).meta();    // equal to hello.meta()

            assertThat(meta).isEqualTo(hello.meta());
            assertThat(db.get(Story.class, hello.id())).isEqualTo(hello);
            assertThat(db.get(Story.class, bonjour.id())).isEqualTo(bonjour);

            List<Story> english = db.query(Story.class).where(Story_.meta.path("lang").eq("en")).list();
            List<Story> longReads = db.query(Story.class).where(Story_.meta.path("readMinutes").number().gt(5)).list();
            List<Story> featured = db.query(Story.class).where(Story_.meta.path("featured").eq(true)).list();
            List<Story> fromExample = db.query(Story.class).where(Story_.extra.path("origin", "site").eq("example.com")).list();
            List<Story> untimed = db.query(Story.class).where(Story_.meta.path("readMinutes").isNull()).list();
            List<Story> quickFirst = db.query(Story.class).orderBy(Story_.meta.path("readMinutes").number().asc()).list();

            assertThat(english).containsExactlyInAnyOrder(hello, guide);
            assertThat(longReads).containsExactly(guide);
            assertThat(featured).containsExactly(hello);
            assertThat(fromExample).containsExactly(hello);
            assertThat(untimed).containsExactly(bonjour);
            assertThat(quickFirst).containsExactly(hello, guide, bonjour);
            assertThat(db.query(Story.class).where(Story_.meta.path("readMinutes").gt(5)).list()).containsExactly(guide);
            assertThat(db.query(Story.class).where(Story_.extra.path("source").isNull()).list())
                    .containsExactlyInAnyOrder(guide, bonjour);
        }
    }

    @Test
    void sqlNullAndJsonNullAreTwoValues() {
        try (Toasty db = Toasty.builder().models(Story.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            JsonNode votes = JsonMapper.builder().build().readTree("{\"up\": 7, \"down\": 1}");
            Story counted = db.insert(new Story(null, "Counted", null, null, votes));
            Story jsonNull = db.insert(new Story(null, "JSON null", null, null, NullNode.getInstance()));
            Story sqlNull = db.insert(new Story(null, "SQL null", null, null, null));

            JsonNode stored = db.get(Story.class, jsonNull.id()).raw();                   // NullNode: the document null
            List<Story> withoutRaw = db.query(Story.class).where(Story_.raw.isNull()).list(); // only "SQL null"

            assertThat(stored).isEqualTo(NullNode.getInstance());
            assertThat(db.get(Story.class, sqlNull.id()).raw()).isNull();
            assertThat(withoutRaw).containsExactly(sqlNull);
            assertThat(db.get(Story.class, counted.id()).raw()).isEqualTo(votes);
            assertThat(db.query(Story.class).where(Story_.raw.path("up").ge(5)).list()).containsExactly(counted);
        }
    }
}

package dev.toasty.spring.boot.web;

import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @JsonTest} (and so {@code @WebMvcTest}, which imports the same JSON auto-configuration) gets the module too. */
@JsonTest
class JsonSliceTest {

    @Autowired
    JsonMapper json;

    @Test
    void theSlicesMapperWritesRelationsAsValues() {
        String written = json.writeValueAsString(new Owner(1L, "Ann", HasMany.of(new Pet(2L, "Rex", 1L, BelongsTo.unloaded()))));

        assertThat(json.readTree(written)).isEqualTo(json.readTree("{\"id\":1,\"name\":\"Ann\",\"pets\":[{\"id\":2,\"name\":\"Rex\",\"ownerId\":1}]}"));
    }
}

package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.query.ComparablePath;
import dev.toasty.query.EmbeddedPath;
import dev.toasty.query.Path;
import dev.toasty.query.StringPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code @Embeddable} record gets one path class ({@code Address_<M>}) with a path per component, named
 * under the holding field; models hold an instance of it per embedded field.
 */
class EmbeddedMetamodelTest {

    private static final String HEADER = "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport dev.toasty.query.*;\n\n";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void embeddedFieldsGetPathsPerComponentNestedIncluded() throws Exception {
        Map<String, String> sources = addresses();
        sources.put("com.acme.User", HEADER + """
                import com.acme.place.Address;

                @Model
                public record User(@Key long id, Address home, Address work) {
                }
                """);
        sources.put("com.acme.Shop", HEADER + """
                @Model
                public record Shop(@Key long id, com.acme.place.Address address) {
                }
                """);
        sources.put("com.acme.Queries", HEADER + """
                import com.acme.place.Address_;

                final class Queries {
                    static final Address_<User> HOME = User_.home;
                    static final StringPath<User> CITY = User_.home.city;
                    static final ComparablePath<Shop, Double> LAT = Shop_.address.geo.lat;
                    static final Object IN_PARIS = User_.work.city.eq("Paris").and(User_.home.geo.lng.gt(2.0));
                    static final Object ORDER = User_.home.zip.asc();
                }
                """);
        var result = TestCompiler.compile(dir, sources);

        // Address_ is written once although three fields of two models hold an Address (a second write fails).
        assertThat(result.diagnostics()).isEmpty();
        Object home = result.load("com.acme.User_").getField("home").get(null);
        assertThat(home).isInstanceOf(EmbeddedPath.class);
        assertThat(((Path<?, ?>) home).name()).isEqualTo("home");
        assertThat(((Path<?, ?>) home).type().getName()).isEqualTo("com.acme.place.Address");
        Path<?, ?> city = (Path<?, ?>) home.getClass().getField("city").get(home);
        assertThat(city).isInstanceOf(StringPath.class);
        assertThat(city.name()).isEqualTo("home.city");
        assertThat(city.model().getName()).isEqualTo("com.acme.User");
        Object geo = home.getClass().getField("geo").get(home);
        Path<?, ?> lat = (Path<?, ?>) geo.getClass().getField("lat").get(geo);
        assertThat(lat.name()).isEqualTo("home.geo.lat");
        assertThat(lat.type()).isEqualTo(Double.class);
        assertThat(((Path<?, ?>) home.getClass().getField("zip").get(home)).name()).isEqualTo("home.zip");
        assertThat(result.generatedSource("com.acme.place.Address_")).exists();
        assertThat(result.generatedSource("com.acme.place.Geo_")).exists();
    }

    @Test
    void embeddableUsedByNoModelStillGetsItsPathClass() {
        var result = TestCompiler.compile(dir, addresses());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.generatedSource("com.acme.place.Address_")).exists();
    }

    @Test
    void embeddableGeneratedInALaterRoundIsWaitedFor() throws Exception {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", HEADER + """
                @Model
                public record User(@Key long id, Money balance) {
                }
                """), new GeneratingProcessor("com.acme.Money", HEADER + """
                @Embeddable
                public record Money(java.math.BigDecimal amount, String currency) {
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Object balance = result.load("com.acme.User_").getField("balance").get(null);
        Path<?, ?> currency = (Path<?, ?>) balance.getClass().getField("currency").get(balance);
        assertThat(currency.name()).isEqualTo("balance.currency");
    }

    @Test
    void libraryEmbeddableWithItsPathClassIsNotWrittenAgain() {
        var library = TestCompiler.compile(dir.resolve("library"), addresses());
        assertThat(library.diagnostics()).isEmpty();

        var result = TestCompiler.compile(dir.resolve("app"), user(), List.of(library.classes()), List.of(new ModelProcessor()));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.generatedSource("com.acme.User_")).exists();
        assertThat(result.generatedSource("com.acme.place.Address_")).doesNotExist();
    }

    @Test
    void libraryEmbeddableCompiledWithoutTheProcessorGetsItsPathClassHere() {
        var library = TestCompiler.compile(dir.resolve("library"), addresses(), List.of(), List.of());
        assertThat(library.diagnostics()).isEmpty();

        var result = TestCompiler.compile(dir.resolve("app"), user(), List.of(library.classes()), List.of(new ModelProcessor()));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.generatedSource("com.acme.place.Address_")).exists();
        assertThat(result.generatedSource("com.acme.place.Geo_")).exists();
    }

    /** An address with a nested position and a renamed column, in a package of its own. */
    private static Map<String, String> addresses() {
        Map<String, String> sources = new HashMap<>();
        sources.put("com.acme.place.Address", """
                package com.acme.place;

                @dev.toasty.annotation.Embeddable
                public record Address(String city, Geo geo, @dev.toasty.annotation.Column("postcode") String zip) {
                }
                """);
        sources.put("com.acme.place.Geo", """
                package com.acme.place;

                @dev.toasty.annotation.Embeddable
                public record Geo(double lat, double lng) {
                }
                """);
        return sources;
    }

    private static Map<String, String> user() {
        return Map.of("com.acme.User", HEADER + """
                @Model
                public record User(@Key long id, com.acme.place.Address home) {
                    static final Object IN_PARIS = User_.home.city.eq("Paris");
                }
                """);
    }
}

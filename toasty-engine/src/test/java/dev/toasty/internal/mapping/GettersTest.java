package dev.toasty.internal.mapping;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Record accessors become spun lambda classes when the lookup allows it, and wrapped method handles otherwise. */
class GettersTest {

    public record Point(long x, String label) {
    }

    static final class Box {
        int size = 7;
    }

    @Test
    void aRecordAccessorIsASpunClassThatBoxesPrimitives() throws Exception {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Point.class, MethodHandles.lookup());
        Function<Object, Object> x = Getters.of(lookup, lookup.unreflect(Point.class.getDeclaredMethod("x")), true);
        Function<Object, Object> label = Getters.of(lookup, lookup.unreflect(Point.class.getDeclaredMethod("label")), true);
        assertThat(x.apply(new Point(4_000_000_000L, "a"))).isEqualTo(4_000_000_000L);
        assertThat(label.apply(new Point(1, "b"))).isEqualTo("b");
        assertThat(x.getClass().getName()).contains("$$Lambda");
    }

    @Test
    void withoutFullPrivilegeTheMethodHandleIsWrapped() throws Exception {
        MethodHandles.Lookup narrow = MethodHandles.privateLookupIn(Point.class, MethodHandles.lookup())
                .dropLookupMode(MethodHandles.Lookup.MODULE);
        assertThat(narrow.hasFullPrivilegeAccess()).isFalse();
        Function<Object, Object> x = Getters.of(narrow, narrow.unreflect(Point.class.getDeclaredMethod("x")), true);
        assertThat(x.apply(new Point(9, "c"))).isEqualTo(9L);
        assertThat(x.getClass().getName()).doesNotContain("Point$$Lambda");
    }

    @Test
    void aFieldOfAPlainClassIsReadThroughItsGetterHandle() throws Exception {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Box.class, MethodHandles.lookup());
        Function<Object, Object> size = Getters.of(lookup, lookup.unreflectGetter(Box.class.getDeclaredField("size")), false);
        assertThat(size.apply(new Box())).isEqualTo(7);
    }
}

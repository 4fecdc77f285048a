package dev.toasty.actuator;

import dev.toasty.Toasty;
import org.springframework.beans.factory.ObjectProvider;

import java.util.function.Supplier;

/**
 * The backend name for the {@code backend} tag, read from the {@link Toasty} bean the first time it is
 * asked for. The observer that asks is built into that bean, so the name cannot be known earlier; until
 * the bean exists (or when there are several) it is {@code unknown}. Thread-safe.
 */
final class BackendName implements Supplier<String> {

    private final ObjectProvider<Toasty> toasty;
    private volatile String name;

    BackendName(ObjectProvider<Toasty> toasty) {
        this.toasty = toasty;
    }

    @Override
    public String get() {
        String known = name;
        if (known != null) {
            return known;
        }
        try {
            Toasty instance = toasty.getIfUnique();
            if (instance == null) {
                return "unknown";
            }
            name = instance.capability().backend();
            return name;
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}

package dev.toasty.spring.boot;

import dev.toasty.ToastyException;

import java.util.List;

/** No {@code @Model} class was found where Toasty looked; the failure analyzer says where it looked. */
public final class NoModelsException extends ToastyException {

    private static final long serialVersionUID = 1L;

    private final List<String> packages;

    public NoModelsException(List<String> packages) {
        super("Toasty found no @Model class in " + (packages.isEmpty() ? "any package" : "the packages " + packages));
        this.packages = List.copyOf(packages);
    }

    /** The packages that were scanned. */
    public List<String> packages() {
        return packages;
    }
}

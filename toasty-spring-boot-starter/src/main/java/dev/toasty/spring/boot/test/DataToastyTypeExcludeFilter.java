package dev.toasty.spring.boot.test;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves the application's components out of a {@link DataToastyTest} context, so the slice starts
 * Toasty and its repositories only.
 */
final class DataToastyTypeExcludeFilter extends TypeExcludeFilter {

    private final boolean useDefaultFilters;

    DataToastyTypeExcludeFilter(Class<?> testClass) {
        this.useDefaultFilters = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.INHERITED_ANNOTATIONS)
                .get(DataToastyTest.class).getValue("useDefaultFilters", Boolean.class).orElse(true);
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return useDefaultFilters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataToastyTypeExcludeFilter other && other.useDefaultFilters == useDefaultFilters;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(useDefaultFilters);
    }
}

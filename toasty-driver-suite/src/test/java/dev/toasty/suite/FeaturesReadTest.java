package dev.toasty.suite;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.toasty.driver.Capability;
import dev.toasty.driver.Feature;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every declared {@link Feature} is read by main code (the engine's verify pass and strategies, or the
 * repositories' startup checks): a flag that nothing reads promises a behaviour that nothing keeps.
 * Reads by the tests, and the capability constants that declare what a backend has, do not count.
 */
class FeaturesReadTest {

    @Test
    void everyFeatureIsReadByMainCode() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.toasty");
        JavaClass feature = main.get(Feature.class);
        Set<Feature> read = EnumSet.noneOf(Feature.class);
        feature.getFieldAccessesToSelf().stream()
                .filter(access -> !isDeclaration(access.getOriginOwner()))
                .filter(access -> !access.getOrigin().getName().equals("<clinit>")) // a capability constant declares, not reads
                .forEach(access -> read.add(Feature.valueOf(access.getTarget().getName())));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(read))).as("features that no main code reads").isEmpty();
    }

    private static boolean isDeclaration(JavaClass origin) {
        return origin.isEquivalentTo(Feature.class) || origin.isEquivalentTo(Capability.class)
                || origin.getName().startsWith(Feature.class.getName() + "$");
    }
}

package dev.toasty.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's house rules, checked on its compiled classes: no package loops, the API leaves (annotations,
 * relations, events, schema, driver, exceptions) independent of the internals, the internals independent
 * of the facade ({@code Toasty}, {@code Query}, ...), and no public API signature naming an internal type.
 * See docs/dev/design-notes.md, "The house".
 */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.toasty");

    /** The root package's classes that use the internals: the entry points. Everything else there is a leaf. */
    private static final Set<String> FACADE = Set.of("Toasty", "ToastyBuilder", "Query", "UpdateQuery", "DeleteQuery",
            "NativeQuery", "ToastyDataSource", "Migrator");

    @Test
    void packagesFormNoLoop() {
        slices().assignedFrom(new ByPackage()).should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void apiLeavesDoNotUseInternals() {
        noClasses().that(apiLeaf()).should().dependOnClassesThat().resideInAPackage("dev.toasty.internal..")
                .because("annotations, relations, events, the schema model, the driver line and the exceptions are what users "
                        + "and the internals both build on")
                .check(ENGINE);
    }

    @Test
    void internalsDoNotUseTheFacade() {
        noClasses().that().resideInAPackage("dev.toasty.internal..").should().dependOnClassesThat(facade())
                .because("the facade calls the internals, never the reverse")
                .check(ENGINE);
    }

    @Test
    void publicApiSignaturesNameNoInternalType() {
        members().that(publicApi()).should(exposeNoInternalType()).check(ENGINE);
    }

    private static DescribedPredicate<JavaClass> apiLeaf() {
        return DescribedPredicate.describe("are API leaves", c -> !c.getPackageName().startsWith("dev.toasty.internal")
                && !c.getPackageName().equals("dev.toasty.query") && !isFacade(c));
    }

    private static DescribedPredicate<JavaClass> facade() {
        return DescribedPredicate.describe("are the facade", ArchitectureTest::isFacade);
    }

    private static boolean isFacade(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getPackageName().equals("dev.toasty") && FACADE.contains(top.getSimpleName());
    }

    private static DescribedPredicate<JavaMember> publicApi() {
        return DescribedPredicate.describe("are public members of public API types", m -> {
            JavaClass owner = m.getOwner();
            return !owner.getPackageName().startsWith("dev.toasty.internal")
                    && owner.getModifiers().contains(JavaModifier.PUBLIC)
                    && (m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
                    && !m.getModifiers().contains(JavaModifier.SYNTHETIC);
        });
    }

    private static ArchCondition<JavaMember> exposeNoInternalType() {
        return new ArchCondition<>("name no internal type in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<String> internal = new TreeSet<>();
                if (member instanceof JavaCodeUnit unit) {
                    unit.getReturnType().getAllInvolvedRawTypes().forEach(t -> collect(t, internal));
                    unit.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes().forEach(t -> collect(t, internal)));
                } else if (member instanceof JavaField field) {
                    field.getType().getAllInvolvedRawTypes().forEach(t -> collect(t, internal));
                }
                if (!internal.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + internal));
                }
            }
        };
    }

    private static void collect(JavaClass type, Set<String> out) {
        if (type.getPackageName().startsWith("dev.toasty.internal")) {
            out.add(type.getName());
        }
    }

    /**
     * One slice per internal package, one for the query API, one for the facade, and one for the API leaves
     * (annotations, relations, events, schema, driver and the root's exceptions and value types): those are one
     * layer that names itself freely (an exception carries schema differences, the schema throws schema
     * exceptions), as a library's API does. A loop through any internal package, or between the layers, fails.
     */
    private static final class ByPackage implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("dev.toasty")) {
                return SliceIdentifier.ignore();
            }
            if (pkg.startsWith("dev.toasty.internal") || pkg.equals("dev.toasty.query")) {
                return SliceIdentifier.of(pkg);
            }
            return SliceIdentifier.of(isFacade(c) ? "the facade (Toasty, Query, ...)" : "the API leaves");
        }

        @Override
        public String getDescription() {
            return "engine layers and internal packages";
        }
    }
}

package dev.toasty.spring.boot;

import dev.toasty.schema.Naming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Warns at startup about models compiled without Toasty's annotation processor: they have no generated metamodel
 * ({@code Owner_}) and their mistakes were not reported at compile time. The usual cause is a processor declared as
 * a {@code provided} or plain dependency, which javac no longer runs from the class path on JDK 23 and later.
 */
final class MetamodelCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MetamodelCheck.class);

    private MetamodelCheck() {
    }

    /** The models among {@code models} whose generated metamodel class cannot be found. */
    static List<Class<?>> withoutMetamodel(List<Class<?>> models) {
        return models.stream().filter(m -> !exists(metamodelName(m), m.getClassLoader())).toList();
    }

    static void warnIfMissing(List<Class<?>> models) {
        List<Class<?>> missing = withoutMetamodel(models);
        if (!missing.isEmpty()) {
            LOG.warn("{} of {} model(s) have no generated metamodel ({}): they were compiled without Toasty's annotation "
                            + "processor, so the typed paths are missing and model mistakes were not checked at compile time. Add "
                            + "dev.toasty:toasty-processor to maven-compiler-plugin's annotationProcessorPaths (JDK 23+ no longer "
                            + "runs processors found on the class path)",
                    missing.size(), models.size(), String.join(", ", missing.stream().map(MetamodelCheck::metamodelName).toList()));
        }
    }

    /** {@code com.acme.Owner_}, {@code com.acme.Outer_Inner_}: the class the processor writes for a model. */
    static String metamodelName(Class<?> model) {
        String pkg = model.getPackageName();
        String nested = pkg.isEmpty() ? model.getName() : model.getName().substring(pkg.length() + 1);
        String simple = Naming.metamodelName(nested);
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    private static boolean exists(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

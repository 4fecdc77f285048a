package dev.toasty.cli;

import dev.toasty.annotation.Model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the application's models: the class names in every {@value #INDEX} of the application's class path (the
 * Toasty annotation processor writes one per compilation), narrowed by {@code --models} to the named classes and
 * packages. Only the application's own entries are read, not the command line's.
 */
final class ModelFinder {

    /** The index the annotation processor writes; one binary class name per line. */
    static final String INDEX = "META-INF/toasty/models";

    private ModelFinder() {
    }

    static List<Class<?>> find(URLClassLoader loader, AppClassPath classPath, List<String> wanted) {
        Set<String> indexed = index(loader);
        if (indexed.isEmpty() && wanted.isEmpty()) {
            throw new CliException("No models found: no " + INDEX + " in " + classPath.text() + ". Compile the application "
                    + "with the Toasty annotation processor (toasty-processor), or name the models with --models com.acme.User,com.acme.Order");
        }
        Set<String> names = wanted.isEmpty() ? indexed : select(indexed, wanted, loader);
        List<Class<?>> models = new ArrayList<>();
        for (String name : names) {
            models.add(load(name, loader));
        }
        return models;
    }

    /** The index entries of the loader's own URLs (findResources skips the parent, which is the command line). */
    private static Set<String> index(URLClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> files = loader.findResources(INDEX);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new CliException("Cannot read " + INDEX + " from the class path: " + e.getMessage(), e);
        }
        return names;
    }

    /** Each wanted name is a class (indexed or not) or a package whose indexed models, sub-packages included, it takes. */
    private static Set<String> select(Set<String> indexed, List<String> wanted, ClassLoader loader) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : wanted) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            List<String> inPackage = indexed.stream().filter(n -> n.startsWith(name + ".")).toList();
            if (indexed.contains(name) || (inPackage.isEmpty() && exists(name, loader))) {
                out.add(name);
            } else if (!inPackage.isEmpty()) {
                out.addAll(inPackage);
            } else {
                throw new CliException("--models " + name + ": no such class on the class path, and " + (indexed.isEmpty()
                        ? "no " + INDEX + " to find a package's models in (the Toasty annotation processor writes it)"
                        : "no indexed model in a package of that name"));
            }
        }
        if (out.isEmpty()) {
            throw new CliException("--models names no model: give class or package names, comma-separated");
        }
        return out;
    }

    private static boolean exists(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new CliException("The model " + name + " is not on the class path: recompile the application (its index "
                    + "may be stale), or fix --classpath or --models", e);
        } catch (LinkageError e) {
            throw new CliException("The model " + name + " cannot be loaded (" + e + "): add the jars it needs to --classpath", e);
        }
        if (!type.isAnnotationPresent(Model.class)) {
            throw new CliException(name + " is not a @Model class");
        }
        return type;
    }
}

package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.TypeErrors;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.io.TempDir;

/** What the type error tests share: a compilation unit in package com.acme, compiled, with its one error checked. */
abstract class TypeErrorCases {

    static final String USER = "com.acme.User";
    static final String BIG_DECIMAL_ONLY = "@Decimal applies to BigDecimal fields only";

    @TempDir
    java.nio.file.Path dir;

    static String decimalBounds(String field, int precision, int scale) {
        return TypeErrors.badDecimal(USER, field, "@Decimal(precision = " + precision + ", scale = " + scale
                + ") needs a precision of at least 1 and a scale from 0 to the precision");
    }

    void assertOneError(String declaration, String message, String lineSnippet) {
        String source = source(declaration);
        var result = TestCompiler.compile(dir, USER, source);

        assertThat(result.errors()).extracting(d -> d.getMessage(null)).containsExactly(message);
        Diagnostic<? extends JavaFileObject> error = result.errors().getFirst();
        assertThat(error.getLineNumber()).isEqualTo(TestCompiler.lineOf(source, lineSnippet));
        assertThat(result.generatedSource("com.acme.User_")).doesNotExist();
    }

    TestCompiler.Result compile(String declaration) {
        return TestCompiler.compile(dir, USER, source(declaration));
    }

    /** A compilation unit of package com.acme holding {@code declaration}. */
    static String source(String declaration) {
        return "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport java.util.*;\n\n" + declaration;
    }
}

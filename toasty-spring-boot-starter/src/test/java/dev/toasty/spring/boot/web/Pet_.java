package dev.toasty.spring.boot.web;

/** Stands for the class the annotation processor would write for {@link Pet}, whose paths these tests do not use. */
final class Pet_ {

    private Pet_() {
    }
}

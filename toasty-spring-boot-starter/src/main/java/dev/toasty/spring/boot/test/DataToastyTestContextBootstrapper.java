package dev.toasty.spring.boot.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Reads {@link DataToastyTest#properties()} into the test's environment. */
class DataToastyTestContextBootstrapper extends TestSliceTestContextBootstrapper<DataToastyTest> {
}

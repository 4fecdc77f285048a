package dev.toasty.spring.boot;

/** Stands for the class the annotation processor would write for {@code MetamodelCheckTest.Processed}. */
final class MetamodelCheckTest_Processed_ {

    private MetamodelCheckTest_Processed_() {
    }
}

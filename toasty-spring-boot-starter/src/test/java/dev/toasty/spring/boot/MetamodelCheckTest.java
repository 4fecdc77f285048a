package dev.toasty.spring.boot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The startup warning about models compiled without the annotation processor. */
class MetamodelCheckTest {

    /** No {@code MetamodelCheckTest_Unprocessed_} exists: as a model compiled without the processor. */
    static final class Unprocessed {
    }

    /** Its metamodel's stand-in is {@link MetamodelCheckTest_Processed_}. */
    static final class Processed {
    }

    @Test
    void aModelWithItsMetamodelPasses() {
        assertThat(MetamodelCheck.withoutMetamodel(List.of(Processed.class))).isEmpty();
    }

    @Test
    void aClassWithoutGeneratedMetamodelIsReportedByItsMetamodelName() {
        assertThat(MetamodelCheck.withoutMetamodel(List.of(Processed.class, Unprocessed.class))).containsExactly(Unprocessed.class);
        assertThat(MetamodelCheck.metamodelName(Unprocessed.class)).isEqualTo("dev.toasty.spring.boot.MetamodelCheckTest_Unprocessed_");
        assertThat(MetamodelCheck.metamodelName(String.class)).isEqualTo("java.lang.String_");
    }
}

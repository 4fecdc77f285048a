package dev.toasty.jackson;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * Teaches Jackson 3 Toasty's wrapper types ({@code HasMany}, {@code HasOne}, {@code BelongsTo} from
 * {@code dev.toasty.relation}, and {@code dev.toasty.Deferred}): a loaded one is written as what it holds
 * (an array, an object, a value, or null when loaded and empty), one that is not loaded is left out of the
 * object, and reading turns the JSON back into loaded wrappers, with a property that is absent read as not
 * loaded. An unloaded belongs-to writes nothing: its foreign key is a field of the record and is written as
 * one. Register it with {@code JsonMapper.builder().addModule(new ToastyModule())}; the Spring Boot starter
 * registers it when this module is on the class path. Stateless and thread-safe.
 */
public final class ToastyModule extends JacksonModule {

    @Override
    public String getModuleName() {
        return "toasty";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new WrapperSerializers());
        context.addDeserializers(new WrapperDeserializers());
        context.addSerializerModifier(new UnloadedOmission());
    }
}

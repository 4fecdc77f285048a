package dev.toasty.jackson;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

import java.util.List;
import java.util.Objects;

/**
 * Reads a wrapper from its content: an array into a loaded has-many, an object into a loaded has-one or
 * belongs-to, any value into a loaded deferred field. JSON null is loaded and empty ({@code HasOne.none()},
 * {@code BelongsTo.of(null)}, {@code Deferred.of(null)}), except for a has-many, where it reads as left out. A
 * property left out of a record's JSON is not loaded, as in a record built without it, so saving that record
 * leaves what is stored as it is. Immutable once made contextual.
 */
final class WrapperDeserializer extends ValueDeserializer<Object> {

    private final Wrapper wrapper;
    private final JavaType contentType;
    private final ValueDeserializer<Object> contentDeserializer;
    /** The content's type id reader, for a target type declared with {@code @JsonTypeInfo}. */
    private final TypeDeserializer typeDeserializer;

    WrapperDeserializer(Wrapper wrapper, JavaType contentType) {
        this(wrapper, contentType, null, null);
    }

    private WrapperDeserializer(Wrapper wrapper, JavaType contentType, ValueDeserializer<Object> contentDeserializer,
                                TypeDeserializer typeDeserializer) {
        this.wrapper = wrapper;
        this.contentType = contentType;
        this.contentDeserializer = contentDeserializer;
        this.typeDeserializer = typeDeserializer;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        ValueDeserializer<Object> content = ctxt.findContextualValueDeserializer(contentType, property);
        TypeDeserializer types = contentType.isContainerType() ? null : ctxt.findTypeDeserializer(contentType);
        return new WrapperDeserializer(wrapper, contentType, content, types);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        ValueDeserializer<Object> content = contentDeserializer != null ? contentDeserializer
                : ctxt.findRootValueDeserializer(contentType);
        Object value = typeDeserializer != null ? content.deserializeWithType(p, ctxt, typeDeserializer)
                : content.deserialize(p, ctxt);
        if (value instanceof List<?> list && list.stream().anyMatch(Objects::isNull)) {
            return ctxt.reportInputMismatch(this, "A %s holds no nulls: leave null out of the array",
                    wrapper.type().getSimpleName());
        }
        return wrapper.loaded(value);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        return wrapper.ofNull();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return wrapper.unloaded();
    }

    @Override
    public Class<?> handledType() {
        return wrapper.type();
    }
}

package dev.toasty.jackson;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Writes a loaded wrapper as its content: a has-many as the array of its records, a has-one, belongs-to or
 * deferred field as the value, or null when it is loaded and holds none. Bean properties that are not loaded
 * never reach it ({@link UnloadedOmittingWriter} leaves them out); an unloaded wrapper written anywhere else
 * (a map value, the root) fails with the wrapper's own not-loaded error, since null would read back as
 * "loaded, none". It counts as empty when not loaded, so {@code JsonInclude.Include.NON_EMPTY} drops it there.
 * Immutable once made contextual, as Jackson expects of serializers.
 */
final class WrapperSerializer extends ValueSerializer<Object> {

    private final Wrapper wrapper;
    private final JavaType contentType;
    private final BeanProperty property;
    /** Null when the content's class is only known per value (a non-final declared type). */
    private final ValueSerializer<Object> contentSerializer;
    /** The content's type id writer, for a target type declared with {@code @JsonTypeInfo}. */
    private final TypeSerializer typeSerializer;

    WrapperSerializer(Wrapper wrapper, JavaType contentType) {
        this(wrapper, contentType, null, null, null);
    }

    private WrapperSerializer(Wrapper wrapper, JavaType contentType, BeanProperty property,
                              ValueSerializer<Object> contentSerializer, TypeSerializer typeSerializer) {
        this.wrapper = wrapper;
        this.contentType = contentType;
        this.property = property;
        this.contentSerializer = contentSerializer;
        this.typeSerializer = typeSerializer;
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
        boolean fixed = contentType.isFinal() || contentType.isContainerType();
        ValueSerializer<Object> content = fixed ? ctxt.findContentValueSerializer(contentType, property) : null;
        TypeSerializer types = contentType.isContainerType() ? null : ctxt.findTypeSerializer(contentType);
        return new WrapperSerializer(wrapper, contentType, property, content, types);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
        Object content = wrapper.content(value);
        if (content == null) {
            ctxt.defaultSerializeNullValue(g);
            return;
        }
        ValueSerializer<Object> serializer = contentSerializer != null ? contentSerializer
                : ctxt.findContentValueSerializer(content.getClass(), property);
        if (typeSerializer != null) {
            serializer.serializeWithType(content, g, ctxt, typeSerializer);
        } else {
            serializer.serialize(content, g, ctxt);
        }
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Object value) {
        return !wrapper.isLoaded(value);
    }

    @Override
    public Class<?> handledType() {
        return wrapper.type();
    }
}

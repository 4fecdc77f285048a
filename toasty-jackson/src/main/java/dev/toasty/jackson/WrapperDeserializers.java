package dev.toasty.jackson;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/** Gives Jackson a {@link WrapperDeserializer} for each wrapper type, with the type of its content. */
final class WrapperDeserializers implements Deserializers {

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        Wrapper wrapper = Wrapper.of(type.getRawClass());
        return wrapper == null ? null : new WrapperDeserializer(wrapper, wrapper.contentType(config.getTypeFactory(), type));
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return Wrapper.of(valueType) != null;
    }
}

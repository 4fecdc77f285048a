package dev.toasty.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** Gives Jackson a {@link WrapperSerializer} for each wrapper type, with the type of its content. */
final class WrapperSerializers implements Serializers {

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                                             JsonFormat.Value formatOverrides) {
        Wrapper wrapper = Wrapper.of(type.getRawClass());
        return wrapper == null ? null : new WrapperSerializer(wrapper, wrapper.contentType(config.getTypeFactory(), type));
    }
}

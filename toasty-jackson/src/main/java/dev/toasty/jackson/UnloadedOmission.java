package dev.toasty.jackson;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Swaps the writer of every bean property declared as a wrapper type for an {@link UnloadedOmittingWriter}, so
 * records need no annotation for their unloaded relations to be left out.
 */
final class UnloadedOmission extends ValueSerializerModifier {

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier beanDesc,
                                                     List<BeanPropertyWriter> properties) {
        List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
        for (BeanPropertyWriter p : properties) {
            out.add(Wrapper.of(p.getType().getRawClass()) != null ? new UnloadedOmittingWriter(p) : p);
        }
        return out;
    }
}

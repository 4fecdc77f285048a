package dev.toasty.jackson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;

/**
 * The writer of a record's relation or deferred property: leaves the property out of the object while its
 * wrapper is not loaded, whatever inclusion the mapper or the record asks for, so the JSON never claims a
 * relation is empty when it was only not read. In the array shape ({@code @JsonFormat(shape = ARRAY)}), where
 * a position cannot be left out, it writes Jackson's placeholder for an omitted element (null).
 */
final class UnloadedOmittingWriter extends BeanPropertyWriter {

    UnloadedOmittingWriter(BeanPropertyWriter base) {
        super(base);
    }

    private UnloadedOmittingWriter(BeanPropertyWriter base, PropertyName name) {
        super(base, name);
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
        return new UnloadedOmittingWriter(this, newName);
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
        if (Wrapper.isUnloaded(get(bean))) {
            serializeAsOmittedProperty(bean, g, ctxt);
            return;
        }
        super.serializeAsProperty(bean, g, ctxt);
    }

    @Override
    public void serializeAsElement(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
        if (Wrapper.isUnloaded(get(bean))) {
            serializeAsOmittedElement(bean, g, ctxt);
            return;
        }
        super.serializeAsElement(bean, g, ctxt);
    }
}

package dev.toasty.internal.engine;

import dev.toasty.InvalidCursorException;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Encodes and decodes opaque pagination cursors: the values of the ordering fields of a boundary row,
 * tied to the model and the order they came from, with a checksum so that an altered or foreign cursor
 * is refused instead of silently moving the page. The checksum has no secret: a cursor is not a
 * capability, its values can be decoded, and they are always bound as parameters, never spliced into SQL.
 */
public final class Cursors {

    private static final byte VERSION = 1;
    private static final int CHECK_BYTES = 12;

    private Cursors() {
    }

    /** The cursor for a row whose ordering-field values are {@code values}; {@code order} names the ordering. */
    public static String encode(Model model, String order, List<Field> fields, Object[] values) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeUTF(model.type().getName());
            out.writeUTF(order);
            out.writeShort(values.length);
            for (int i = 0; i < values.length; i++) {
                writeValue(out, fields.get(i).type(), fields.get(i).toStored(values[i]));
            }
            byte[] payload = bytes.toByteArray();
            byte[] all = Arrays.copyOf(payload, payload.length + CHECK_BYTES);
            System.arraycopy(check(payload), 0, all, payload.length, CHECK_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ordering-field values of a cursor, checked against the model and ordering of the query. */
    public static Object[] decode(String cursor, Model model, String order, List<Field> fields) {
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid("it is not a cursor Toasty made");
        }
        if (all.length <= CHECK_BYTES + 1) {
            throw invalid("it is too short");
        }
        byte[] payload = Arrays.copyOf(all, all.length - CHECK_BYTES);
        byte[] check = Arrays.copyOfRange(all, all.length - CHECK_BYTES, all.length);
        if (!MessageDigest.isEqual(check, check(payload))) {
            throw invalid("it was altered or truncated");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION) {
                throw invalid("it was made by another version of Toasty");
            }
            String cursorModel = in.readUTF();
            String cursorOrder = in.readUTF();
            if (!cursorModel.equals(model.type().getName()) || !cursorOrder.equals(order)) {
                throw invalid("it belongs to a query on " + cursorModel.substring(cursorModel.lastIndexOf('.') + 1) + " ordered by " + cursorOrder
                        + ", not to this query on " + model.name() + " ordered by " + order);
            }
            int n = in.readShort();
            if (n != fields.size()) {
                throw invalid("it holds " + n + " values where the ordering has " + fields.size());
            }
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = fields.get(i).column().storage().fromStored(readValue(in, fields.get(i).type()));
            }
            return values;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCursorException ice) {
                throw ice;
            }
            throw invalid("its values cannot be read");
        }
    }

    private static void writeValue(DataOutputStream out, FieldType type, Object value) throws IOException {
        if (value == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        if (type == FieldType.BYTES) {
            byte[] b = (byte[]) value;
            out.writeInt(b.length);
            out.write(b);
        } else {
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
        }
    }

    private static Object readValue(DataInputStream in, FieldType type) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] b = in.readNBytes(in.readInt());
        if (type == FieldType.BYTES) {
            return b;
        }
        String s = new String(b, StandardCharsets.UTF_8);
        return switch (type) {
            case STRING -> s;
            case BOOLEAN -> Boolean.parseBoolean(s);
            case BYTE -> Byte.parseByte(s);
            case SHORT -> Short.parseShort(s);
            case INT -> Integer.parseInt(s);
            case LONG -> Long.parseLong(s);
            case FLOAT -> Float.parseFloat(s);
            case DOUBLE -> Double.parseDouble(s);
            case DECIMAL -> new BigDecimal(s);
            case UUID -> UUID.fromString(s);
            case INSTANT -> Instant.parse(s);
            case LOCAL_DATE -> LocalDate.parse(s);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(s);
            case LOCAL_TIME -> java.time.LocalTime.parse(s);
            case BYTES, JSON, ARRAY -> throw new IllegalStateException("no cursor holds " + type);
        };
    }

    private static byte[] check(byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("toasty-cursor".getBytes(StandardCharsets.UTF_8));
            digest.update(ByteBuffer.allocate(4).putInt(payload.length).array());
            return Arrays.copyOf(digest.digest(payload), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidCursorException invalid(String why) {
        return new InvalidCursorException("Invalid pagination cursor: " + why
                + ". Pass back the nextCursor/previousCursor of a page from the same query, unchanged");
    }
}

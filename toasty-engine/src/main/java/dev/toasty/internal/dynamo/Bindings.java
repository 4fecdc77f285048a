package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.schema.Column;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a plan's rendered expressions, bound once per execution: each placeholder {@code :a<i>}
 * is its argument encoded through its column's conversion (by its stored type alone for values that are
 * no field's), and each array test, whose number of elements is known only now, is expanded from the
 * marker {@link Conditions} left in the text into one {@code contains} per element. Immutable.
 */
record Bindings(Map<Integer, ArgSpec> args, List<ArrayTest> tests) {

    Bindings {
        args = Map.copyOf(args);
        tests = List.copyOf(tests);
    }

    Bound bind(Object[] values) {
        Map<String, AttributeValue> out = new HashMap<>();
        args.forEach((i, spec) -> out.put(":a" + i, spec.column() != null
                ? DynamoValues.encode(spec.column(), values[i]) : DynamoValues.encode(spec.type(), values[i])));
        Map<String, String> expansions = new LinkedHashMap<>();
        for (ArrayTest test : tests) {
            Object javaElements = values[test.arg()];
            List<AttributeValue> elements = javaElements == null ? List.of()
                    : DynamoValues.elements(test.column(), test.column().storage().toStored(javaElements));
            for (int j = 0; j < elements.size(); j++) {
                out.put(test.element(j), elements.get(j));
            }
            expansions.put(test.marker(), test.text(elements.size()));
        }
        return new Bound(out, expansions);
    }

    /** The bound values, and the expression texts with their array tests expanded. */
    record Bound(Map<String, AttributeValue> values, Map<String, String> expansions) {

        /** {@code text} (null stays null) with every array test written out for this execution's elements. */
        String expand(String text) {
            if (text == null || expansions.isEmpty()) {
                return text;
            }
            String out = text;
            for (Map.Entry<String, String> e : expansions.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            Conditions.requireSize(out);
            return out;
        }
    }

    /**
     * {@code containsAll(...)} ({@code CONTAINS_ALL}) or {@code overlaps(...)} on an array attribute, possibly
     * negated. As SQL has it, an item without the attribute matches neither the test nor its negation.
     */
    record ArrayTest(ExprArrayOp.Op op, boolean negated, String attribute, int arg, Column column) {

        /** The stand-in in the rendered text; never valid DynamoDB, so it cannot be mistaken for anything else. */
        String marker() {
            return (negated ? "NOT " : "") + (op == ExprArrayOp.Op.CONTAINS_ALL ? "contains_all(" : "overlaps(") + attribute
                    + ", :a" + arg + ")";
        }

        String element(int j) {
            return ":a" + arg + "_" + j;
        }

        /** The test for {@code count} elements, parenthesized so that it binds as one comparison. */
        String text(int count) {
            boolean all = op == ExprArrayOp.Op.CONTAINS_ALL;
            String exists = "attribute_exists(" + attribute + ")";
            if (count == 0) { // every list holds all of none, and none of none
                return all != negated ? exists : "(" + exists + " AND attribute_not_exists(" + attribute + "))";
            }
            List<String> tests = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                tests.add("contains(" + attribute + ", " + element(j) + ")");
            }
            String any = "(" + String.join(all ? " AND " : " OR ", tests) + ")";
            return negated ? "(" + exists + " AND NOT " + any + ")" : any;
        }
    }
}

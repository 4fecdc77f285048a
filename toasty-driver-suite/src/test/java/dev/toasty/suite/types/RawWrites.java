package dev.toasty.suite.types;

import dev.toasty.driver.Feature;
import dev.toasty.Toasty;
import dev.toasty.suite.Backend;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.Map;

/**
 * Writes a stored value behind the engine's back, to see how a value no model would write reads: native
 * SQL on the SQL backends, an {@code UpdateItem} through the AWS SDK on DynamoDB. Table and column names
 * are the suite's own, never user input.
 */
final class RawWrites {

    private RawWrites() {
    }

    /** Sets {@code column} of the row or item with the numeric key {@code id} to a text or an integer. */
    static void set(Toasty db, Backend backend, String table, long id, String column, Object value) {
        if (backend.capability().has(Feature.NATIVE_SQL)) {
            long changed = db.sql("update " + table + " set " + column + " = :value where id = :id")
                    .bind("value", value).bind("id", id).execute();
            if (changed != 1) {
                throw new IllegalStateException("no row " + id + " in " + table);
            }
            return;
        }
        AttributeValue attribute = value instanceof Number n ? AttributeValue.fromN(n.toString())
                : AttributeValue.fromS(value.toString());
        try (DynamoDbClient client = dynamo(backend.url())) {
            client.updateItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromN(Long.toString(id))))
                    .updateExpression("SET #c = :v").expressionAttributeNames(Map.of("#c", column))
                    .expressionAttributeValues(Map.of(":v", attribute)).conditionExpression("attribute_exists(id)"));
        }
    }

    /** A client for the suite's DynamoDB URL: {@code dynamodb://host:port?region=r} or {@code dynamodb:?endpoint=e&region=r}. */
    private static DynamoDbClient dynamo(String url) {
        String rest = url.substring("dynamodb:".length());
        String endpoint = null;
        String region = "us-east-1";
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("region")) {
                    region = kv[1];
                } else if (kv[0].equals("endpoint")) {
                    endpoint = java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("//") && rest.length() > 2) {
            endpoint = "http://" + rest.substring(2);
        }
        var builder = DynamoDbClient.builder().region(Region.of(region));
        return endpoint == null ? builder.build() : builder.endpointOverride(URI.create(endpoint)).build();
    }
}

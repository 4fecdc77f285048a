package dev.toasty.internal.dynamo;

import dev.toasty.ConnectionException;
import dev.toasty.QueryException;
import dev.toasty.ToastyException;
import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Model;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends requests to DynamoDB: one statement event per request, and SDK failures translated into
 * Toasty's exceptions with DynamoDB's error code kept. A call that explains its own failure (a failed
 * condition is a duplicate key, say) throws the Toasty exception itself, and the event carries it.
 */
final class Requests {

    final DynamoDbClient client;
    private final String prefix;

    Requests(DynamoDbClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    String table(Model model) {
        return prefix + model.table().name();
    }

    String prefix() {
        return prefix;
    }

    String meta() {
        return prefix + Tables.META;
    }

    /** Sends one request; {@code rows} counts what it returned or changed, for the event. */
    <T> T send(Events events, String request, Model model, int shape, String text, Supplier<T> call, Function<T, Long> rows) {
        long start = System.nanoTime();
        String modelName = model == null ? null : model.name();
        try {
            T result = call.get();
            events.publish(request, modelName, shape, text, start, rows.apply(result), null);
            return result;
        } catch (ToastyException e) {
            events.publish(request, modelName, shape, text, start, -1, e);
            throw e;
        } catch (SdkException e) {
            ToastyException translated = translate(e, request, model);
            events.publish(request, modelName, shape, text, start, -1, translated);
            throw translated;
        } catch (RuntimeException e) {
            events.publish(request, modelName, shape, text, start, -1, e);
            throw e;
        }
    }

    static ToastyException translate(SdkException e, String request, Model model) {
        String what = request + (model == null ? "" : " on " + model.name());
        if (e instanceof ResourceNotFoundException) {
            return new QueryException(what + " failed: the table does not exist; create it with pushSchema() "
                    + "(or toasty.schema=create): " + e.getMessage(), "ResourceNotFoundException", e);
        }
        if (e instanceof DynamoDbException d) {
            String code = d.awsErrorDetails() == null ? null : d.awsErrorDetails().errorCode();
            return new QueryException(what + " failed" + (code == null ? "" : " [" + code + "]") + ": " + message(d), code, e);
        }
        if (e instanceof SdkClientException) {
            return new ConnectionException(what + " could not reach DynamoDB: " + e.getMessage(), e);
        }
        return new QueryException(what + " failed: " + e.getMessage(), null, e);
    }

    private static String message(DynamoDbException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
    }
}

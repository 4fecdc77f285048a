package dev.toasty.internal.dynamo;

import dev.toasty.QueryException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Model;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Several writes as one TransactWriteItems: all or none. DynamoDB takes at most 100 actions; a failed
 * condition cancels the whole transaction and is reported for the action that failed it.
 */
final class Transact {

    static final int MAX_ACTIONS = 100;

    private Transact() {
    }

    /** Refuses a write that needs more actions than one transaction holds. */
    static void requireFits(Model model, String what, int items, int actions) {
        if (actions > MAX_ACTIONS) {
            throw new UnsupportedFeatureException(what + " of " + items + " " + model.name() + " items in one atomic write ("
                    + actions + " actions with unique side items)", "dynamodb",
                    "DynamoDB writes at most " + MAX_ACTIONS + " actions atomically: split the work into smaller calls");
        }
    }

    /**
     * Sends the actions ({@code items} is the number of model items they write, for the event); when a
     * condition fails, throws what {@code conditionFailed} makes of the failing action's position and the cause.
     */
    static void write(Requests requests, Model model, int shape, String text, List<TransactWriteItem> actions, long items,
                      Events events, BiFunction<Integer, Throwable, RuntimeException> conditionFailed) {
        requests.send(events, "TransactWriteItems", model, shape, text, () -> {
            try {
                return requests.client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(actions).build());
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                for (int i = 0; i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        throw conditionFailed.apply(i, e);
                    }
                }
                throw new QueryException("TransactWriteItems on " + model.name() + " was cancelled: " + e.getMessage()
                        + "; nothing was written", "TransactionCanceledException", e);
            }
        }, r -> items);
    }
}

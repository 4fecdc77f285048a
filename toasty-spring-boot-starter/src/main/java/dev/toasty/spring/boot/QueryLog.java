package dev.toasty.spring.boot;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code toasty.log-queries=true}: logs each statement at INFO on {@code dev.toasty.sql} with its
 * operation, model, time and rows. The text carries placeholders only: values are never logged.
 */
final class QueryLog implements StatementListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.toasty.sql");

    @Override
    public void onStatement(StatementEvent event) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double ms = event.duration().toNanos() / 1_000_000.0;
        if (event.failed()) {
            LOG.info("{} {} failed after {} ms: {} ({})", event.operation(), event.model(), String.format("%.2f", ms),
                    event.sql(), event.error().getClass().getSimpleName());
        } else {
            LOG.info("{} {} {} ms, {} row(s): {}", event.operation(), event.model(), String.format("%.2f", ms), event.rows(),
                    event.sql());
        }
    }
}

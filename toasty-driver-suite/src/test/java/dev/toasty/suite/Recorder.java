package dev.toasty.suite;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the statements a backend executes, so tests can count them. Cleared before each test. */
public final class Recorder implements StatementListener {

    private final List<StatementEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onStatement(StatementEvent event) {
        events.add(event);
    }

    public void clear() {
        events.clear();
    }

    public List<StatementEvent> events() {
        return List.copyOf(events);
    }

    /** The statements other than DDL. */
    public List<StatementEvent> statements() {
        return events.stream().filter(e -> !e.operation().equals("DDL")).toList();
    }

    public long count(String operation) {
        return events.stream().filter(e -> e.operation().equals(operation)).count();
    }
}

package dev.toasty.sample.petclinic;

import java.time.LocalDate;

/** A visit as the API shows it. */
public record VisitView(Long id, LocalDate date, String description) {

    public static VisitView of(Visit visit) {
        return new VisitView(visit.id(), visit.date(), visit.description());
    }
}

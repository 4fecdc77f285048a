package dev.toasty.benchmarks;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A ten-column row for the find-by-key scenario. */
@Model
public record Row(@Key long id, String c1, String c2, String c3, int c4, int c5, long c6, long c7, double c8, boolean c9) {
}

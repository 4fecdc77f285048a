package dev.toasty.suite.models;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A model whose queries may scan the whole table without asking each time (a small lookup table). */
@Model(allowScan = true)
public record Tag(@Key String name, String color) {
}

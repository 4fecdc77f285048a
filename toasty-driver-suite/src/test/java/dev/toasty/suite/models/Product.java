package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Column;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

import java.math.BigDecimal;

/** Custom table and column names, and a decimal. */
@Model
@Table("catalog_products")
public record Product(@Key @Auto Long id, @Required String name, BigDecimal price, @Column("sku_code") @Unique String sku) {
}

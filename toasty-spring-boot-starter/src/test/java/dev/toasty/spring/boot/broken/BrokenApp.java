package dev.toasty.spring.boot.broken;

import dev.toasty.spring.boot.ToastyModelScan;
import org.springframework.context.annotation.Configuration;

/** Points the model scan at the broken model. */
@Configuration(proxyBeanMethods = false)
@ToastyModelScan(basePackageClasses = Broken.class)
public class BrokenApp {
}

package dev.toasty.spring.boot.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Marks this package as the application's, so the starter scans it for models. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class TestApp {
}

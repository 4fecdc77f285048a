package dev.toasty.spring.boot.audit;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** An application with an AuditorAware bean (who is "signed in" is a field the test sets) and a fixed Clock bean. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class AuditApp {

    public static final AtomicReference<String> USER = new AtomicReference<>();

    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.ofNullable(USER.get());
    }

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-05-06T07:08:09.123Z"), ZoneOffset.UTC);
    }
}

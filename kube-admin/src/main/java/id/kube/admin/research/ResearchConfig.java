package id.kube.admin.research;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kube.admin.startup.KubeSettings;
import id.kube.core.export.ExportException;
import id.kube.core.export.PanelExporter;
import id.kube.core.export.Pseudonymizer;
import id.kube.core.indicator.RegionIndicators;

/**
 * The exporter with the deployment's pseudonym key from {@code KUBE_EXPORT_KEY} (base64, at least 32 bytes; a
 * fixed public key only in demo mode), the region table, and a small pool that runs exports off the UI thread
 * (two at a time: each streams a cursor and writes files).
 */
@Configuration(proxyBeanMethods = false)
class ResearchConfig {

    private static final Logger log = LoggerFactory.getLogger(ResearchConfig.class);

    /** Demo mode only: a fixed, public key. Never in production. */
    private static final byte[] DEMO_KEY = "kube-demo-export-key-public-never-use-in-production"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Bean
    ResearchExports researchExports(DataSource dataSource, DSLContext dsl, KubeSettings settings, Clock clock) {
        Pseudonymizer pseudonyms;
        try {
            pseudonyms = Pseudonymizer.fromEnvironment(System.getenv());
        } catch (ExportException e) {
            if (!settings.demo()) {
                throw new IllegalStateException("KUBE_EXPORT_KEY is required outside demo mode (KUBE_DEMO=false): "
                        + e.getMessage(), e);
            }
            log.warn("KUBE_EXPORT_KEY is not set: research exports use the public demo key (demo mode only)");
            pseudonyms = new Pseudonymizer(DEMO_KEY);
        }
        return new ResearchExports(new PanelExporter(dataSource, pseudonyms, clock), new RegionIndicators(dsl));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService researchExportPool() {
        return Executors.newFixedThreadPool(2, Thread.ofPlatform().name("research-export-", 1).daemon().factory());
    }
}

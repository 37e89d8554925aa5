package id.kube.admin.startup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kube.core.KubeCore;
import id.kube.core.member.NikProtector;

/** kube-core's services for the application, with the NIK secret from {@code KUBE_NIK_SECRET}. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

    private static final Logger log = LoggerFactory.getLogger(CoreConfig.class);

    /** Demo mode only: a fixed, public key, so demo NIKs stay readable across restarts. Never in production. */
    private static final byte[] DEMO_SECRET = "kube-demo-secret-public-never-use-in-production"
            .getBytes(StandardCharsets.US_ASCII);

    @Bean
    NikProtector nikProtector(KubeSettings settings) {
        if (settings.nikSecret() != null && !settings.nikSecret().isBlank()) {
            return NikProtector.fromBase64(settings.nikSecret().strip());
        }
        if (!settings.demo()) {
            throw new IllegalStateException("KUBE_NIK_SECRET is required outside demo mode (KUBE_DEMO=false): a"
                    + " base64 key of at least " + NikProtector.MINIMUM_SECRET_BYTES + " bytes, e.g. from"
                    + " `openssl rand -base64 32`.");
        }
        log.warn("KUBE_NIK_SECRET is not set: using the public demo key (demo mode only)");
        return NikProtector.fromSecret(DEMO_SECRET);
    }

    @Bean
    KubeCore kubeCore(DSLContext dsl, NikProtector nikProtector, Clock clock) {
        return new KubeCore(dsl, nikProtector, clock);
    }
}

package id.kube.admin.startup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Production configuration by environment variables: {@code KUBE_NIK_SECRET} (the key NIKs are pseudonymised
 * with), {@code KUBE_ADMIN_USER} / {@code KUBE_ADMIN_PASSWORD} (the first administrator, created when missing)
 * and {@code KUBE_DEMO} (demo users and demo data; on by default for a developer's machine, off in production);
 * {@code kube.demo-data=false} keeps the demo users but skips loading the demo groups (the tests' own fixtures).
 */
@ConfigurationProperties("kube")
public record KubeSettings(@Nullable String nikSecret, @Nullable String adminUser, @Nullable String adminPassword,
                           boolean demo, @Nullable Boolean demoData) {

    /** Whether the demo groups from {@code seeds/} are loaded at start (demo mode, unless switched off). */
    public boolean loadDemoData() {
        return demo && (demoData == null || demoData);
    }
}

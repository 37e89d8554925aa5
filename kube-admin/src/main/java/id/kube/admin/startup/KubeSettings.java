package id.kube.admin.startup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Production configuration by environment variables: {@code KUBE_NIK_SECRET} (the key NIKs are pseudonymised
 * with), {@code KUBE_ADMIN_USER} / {@code KUBE_ADMIN_PASSWORD} (the first administrator, created when missing)
 * and {@code KUBE_DEMO} (demo users and demo data; on by default for a developer's machine, off in production).
 */
@ConfigurationProperties("kube")
public record KubeSettings(@Nullable String nikSecret, @Nullable String adminUser, @Nullable String adminPassword,
                           boolean demo) {
}

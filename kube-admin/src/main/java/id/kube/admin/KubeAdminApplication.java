package id.kube.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The KUBE admin application. Schemas are migrated by {@code OwnedSchema.migrateAll} when the DataSource is
 * created (Boot's Flyway auto-configuration is not on the class path).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("assets/entry.css") // under /assets/**, which Vaadin's security configurer serves publicly
@Viewport(Viewport.DEVICE_DIMENSIONS)
@Meta(name = "theme-color", content = "#0f766e")
public class KubeAdminApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(KubeAdminApplication.class, args);
    }
}

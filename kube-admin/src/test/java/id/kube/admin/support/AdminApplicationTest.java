package id.kube.admin.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application: one Spring context (and one test database) shared by
 * all such test classes, on a random port, with the demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AdminApplicationTest {

    public static final String DEMO_PASSWORD = "kube-demo";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminTestDatabase database = AdminTestDatabase.get();
        registry.add("kube.db.url", database::url);
        registry.add("kube.db.user", database::user);
        registry.add("kube.db.password", database::password);
        registry.add("kube.demo", () -> "true");
        // the tests build their own groups; the demo start is checked by running the README command
        registry.add("kube.demo-data", () -> "false");
    }

    protected String baseUrl() {
        return "http://localhost:" + port + "/";
    }
}

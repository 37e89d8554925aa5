package id.kube.admin.groupsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.kube.admin.health.HealthReaderTest;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;
import id.kube.admin.support.TwoFacilitatedGroups;
import id.kube.core.KubeCore;
import id.kube.core.group.BusinessType;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.core.meeting.NewMeeting;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.visit.FacilitatorVisit;
import id.kube.testing.KubeFixtures;

/**
 * In a real browser, as the group's facilitator: every new tab of the group page opens with its data (activities,
 * meetings with who attended, visits, the health score with "tidak ada data" for what is missing), a training
 * refused without participants (the refusal next to the field) and then recorded, a shock with a member hit
 * recorded, and both listed.
 */
class GroupTabsBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    KubeCore core;
    @Autowired
    Clock clock;
    @Autowired
    UserAccounts accounts;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void tab(String label) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d -> d
                .findElements(By.cssSelector("vaadin-tab")).stream().filter(t -> t.getText().strip().startsWith(label))
                .findFirst().map(t -> {
                    t.click();
                    return true;
                }).orElse(false));
        browser.waitForVaadin();
    }

    private void choose(String comboId, String typed) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        browser.waitForVaadin();
        WebElement item = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d -> d
                .findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(typed)).findFirst().orElse(null));
        item.click();
        browser.waitForVaadin();
        if (browser.waitFor(By.id(comboId)).getTagName().equals("vaadin-multi-select-combo-box")) {
            input.sendKeys(Keys.ESCAPE);
            browser.waitForVaadin();
        }
    }

    /** Clicks a save button the way a finger does, after scrolling it into view. */
    private void save(String buttonId) {
        WebElement button = browser.waitFor(By.id(buttonId));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        browser.waitForVaadin();
    }

    private void type(String fieldId, String text) {
        browser.waitFor(By.cssSelector("#" + fieldId + " input")).sendKeys(text, Keys.TAB);
        browser.waitForVaadin();
    }

    @Test
    void theFacilitatorOpensEveryNewTabRecordsATrainingAndAShockAndSeesThemListed() {
        KubeCore fixtures = KubeFixtures.core(dsl);
        TwoFacilitatedGroups g = TwoFacilitatedGroups.create(fixtures, "Tab");
        List<Member> members = fixtures.members().activeMembers(g.group());
        fixtures.activities().start(KubeFixtures.FACILITATOR, g.group(), BusinessType.FOOD_PROCESSING,
                "Kerupuk ikan", KubeFixtures.TODAY.minusMonths(4), "Dijual ke warung sekitar");
        Map<MemberId, Attendance> attendance = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i).id(), i < 8 ? Attendance.PRESENT : Attendance.ABSENT);
        }
        fixtures.meetings().record(KubeFixtures.TREASURER, g.group(), new NewMeeting(KubeFixtures.TODAY.minusDays(12),
                MeetingType.ROUTINE, null, attendance, List.of("Iuran IKS naik menjadi Rp5.000")));
        fixtures.visits().record(KubeFixtures.FACILITATOR, g.group(), new FacilitatorVisit(
                g.facilitator().facilitator(), KubeFixtures.TODAY, "Buku kas rapi", "Latih pembukuan digital", null));
        HealthReaderTest.assessLastMonth(dsl, core, clock, g.group());
        String username = g.facilitator().username();
        accounts.create(new NewAccount(username, "Pendamping Tab", id.kube.admin.security.Role.FACILITATOR, null, null,
                g.facilitator().facilitator()), "rahasia-1");

        browser = new Browser(baseUrl());
        browser.signIn(username, "rahasia-1");
        browser.waitFor(By.id("page-title"));
        browser.open("kelompok/" + g.group().value());
        browser.waitFor(By.id("group-name"));

        tab("Kegiatan usaha");
        browser.waitUntilText(By.id("activities-grid"), "Kerupuk ikan");

        tab("Pertemuan");
        browser.waitUntilText(By.id("meetings-grid"), "8 dari 10 (80%)");
        assertThat(browser.waitFor(By.id("meetings-grid")).getText()).contains("Iuran IKS naik menjadi Rp5.000");
        browser.findAll(By.cssSelector("#meetings-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains("80%")).findFirst().orElseThrow().click();
        browser.waitUntilText(By.id("meetings-grid"), "Tidak hadir");
        browser.screenshot("group-meetings");

        tab("Kunjungan");
        browser.waitUntilText(By.id("visits-grid"), "Buku kas rapi");
        assertThat(browser.waitFor(By.id("visits-grid")).getText()).contains("Belum selesai");

        tab("Indikator");
        browser.waitUntilText(By.id("health-score"), "94,4");
        assertThat(browser.waitFor(By.id("health-grade")).getText()).isEqualTo("A");
        assertThat(browser.waitFor(By.id("health-config")).getText()).isEqualTo("2026.2");
        browser.waitFor(By.cssSelector("#chart-health[rendered]"));
        String contributions = browser.waitFor(By.id("health-contributions")).getText();
        assertThat(contributions).contains("5 dari 10").contains("tidak dinilai (tidak ada data)");
        assertThat(browser.waitFor(By.id("health-gates")).getText()).contains("Belum").contains("penyaluran IKS");
        String values = browser.waitFor(By.id("health-values")).getText();
        assertThat(values).contains("tidak ada data");
        browser.resize(new Dimension(1366, 2400));
        browser.screenshot("group-health");
        browser.resize(Browser.PHONE);
        browser.screenshot("group-health-phone");
        browser.resize(Browser.DESKTOP);

        tab("Data pendampingan");
        choose("support-choose", "Pelatihan");
        choose("support-form-topic", "Pemasaran digital");
        choose("support-form-agency", "Dinas Komunikasi dan Informatika");
        type("support-form-provider", "Diskominfo Gianyar");
        save("support-form-save");
        browser.waitForVaadin();
        WebElement participants = browser.waitFor(By.id("support-form-participants"));
        assertThat(participants.getAttribute("invalid")).isNotNull();
        assertThat(participants.getDomProperty("errorMessage")).contains("minimal satu anggota peserta");
        assertThat(browser.findAll(By.id("support-list"))).isEmpty();
        choose("support-form-participants", members.get(0).fullName());
        save("support-form-save");
        browser.waitUntilText(By.id("support-form-saved"), "Pelatihan tersimpan.");
        browser.waitUntilText(By.id("support-list"), "Pemasaran digital");
        assertThat(browser.waitFor(By.id("support-list")).getText()).contains(members.get(0).fullName())
                .contains("Diskominfo Gianyar");

        choose("support-choose", "Bencana");
        choose("shock-form-kind", "Bencana alam");
        type("shock-form-description", "Banjir merendam gudang");
        type("shock-form-coping", "Stok dipindah ke rumah ketua");
        choose("shock-form-hit", members.get(1).fullName());
        choose("shock-form-help", "IKS");
        save("shock-form-save");
        browser.waitForVaadin();
        // help given needs its date: refused next to the field, nothing saved
        assertThat(browser.waitFor(By.id("shock-form-helped")).getAttribute("invalid")).isNotNull();
        assertThat(core.events().shocksAsOf(g.group(), LocalDate.now(clock))).isEmpty();
        browser.waitFor(By.cssSelector("#shock-form-helped input")).sendKeys(
                LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")), Keys.ENTER);
        browser.waitForVaadin();
        save("shock-form-save");
        browser.waitUntilText(By.id("shock-form-saved"), "Kejadian tersimpan.");
        tab("Guncangan (1)");
        browser.waitUntilText(By.id("shock-list"), "Banjir merendam gudang");
        assertThat(browser.waitFor(By.id("shock-list")).getText()).contains(members.get(1).fullName())
                .contains("IKS");
        assertThat(core.events().shocksAsOf(g.group(), LocalDate.now(clock))).singleElement()
                .satisfies(k -> assertThat(k.shock().membersHit()).singleElement()
                        .satisfies(h -> assertThat(h.helpedOn()).isEqualTo(LocalDate.now(clock))));
        browser.resize(new Dimension(1366, 1800));
        browser.screenshot("group-support");
        browser.resize(Browser.PHONE);
        browser.screenshot("group-support-phone");
        browser.resize(Browser.DESKTOP);
    }
}

package vn.motcua.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.servicemodel.ServiceModels;

/**
 * Loads the demo offices (refreshed on every start), which offer every commune-level procedure, and the
 * accounts (created once, then left alone).
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ACTOR = "demo-data";

    private final Offices offices;
    private final StaffAccounts accounts;
    private final Catalogue catalogue;
    private final Desks desks;
    private final ServiceModels models;
    private final String password;

    DemoData(Offices offices, StaffAccounts accounts, Catalogue catalogue, Desks desks,
            ServiceModels models, @Value("${motcua.demo.password}") String password) {
        this.models = models;
        this.offices = offices;
        this.desks = desks;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoOffices.ALL.forEach(offices::register);
        String hash = accounts.hash(password);
        int created = accounts.registerIfAbsent(DemoAccounts.groupAdministrator(), hash, ACTOR) ? 1 : 0;
        var demoOffices = DemoOffices.ALL.stream().map(Agency::code).filter(c -> !c.equals(DemoOffices.GROUP)).toList();
        demoOffices.forEach(office -> catalogue.offerAllOfLevel(office, AdministrativeLevel.COMMUNE));
        for (int i = 0; i < demoOffices.size(); i++) {
            for (var account : DemoAccounts.of(demoOffices.get(i), i)) {
                if (accounts.registerIfAbsent(account, hash, ACTOR)) {
                    created++;
                }
            }
        }
        demoOffices.forEach(this::deskOf);
        long modelsAdded = DemoModels.ALL.stream().filter(m -> models.register(m, ACTOR)).count();
        log.info("Demo service models: {} added", modelsAdded);
        log.info("Demo data ready: {} offices, {} accounts created", DemoOffices.ALL.size(), created);
    }

    /** A desk with two counters, the receptionist seated at the first, unless the office already has a desk. */
    private void deskOf(AgencyCode office) {
        if (!desks.of(office).isEmpty()) {
            return;
        }
        // demo contacts: the address names the place, the phone uses the 0123 prefix retired in 2018 (no one's number)
        String name = DemoOffices.ALL.stream().filter(a -> a.code().equals(office)).map(a -> a.name()).findFirst().orElse("");
        var desk = desks.addDesk(new OneStopDesk(null, office, "Bộ phận Một cửa", "Trụ sở " + name,
                "0123 456 7" + DemoOffices.number(office), "1900 0000", null), ACTOR);
        var civil = desks.addCounter(office, new Counter(null, desk.id(), 1, "Hộ tịch, chứng thực",
                List.of("Hộ tịch", "Chứng thực"), true), ACTOR);
        desks.addCounter(office, new Counter(null, desk.id(), 2, "Các lĩnh vực khác", List.of(), true), ACTOR);
        String number = DemoOffices.number(office);
        accounts.find(new Username("tiepnhan" + ("01".equals(number) ? "" : "." + number))).ifPresent(receptionist ->
                accounts.change(new StaffAccount(receptionist.username(), receptionist.fullName(), receptionist.office(),
                        receptionist.roles(), receptionist.enabled(), receptionist.fields(), civil.id()), ACTOR));
    }
}

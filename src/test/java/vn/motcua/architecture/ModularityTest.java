package vn.motcua.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import vn.motcua.MotCuaApplication;

/** Modules talk only through their published APIs and named interfaces, without cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

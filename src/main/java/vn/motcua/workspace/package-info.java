/** The staff workspace: the home page of each role and the navigation between modules. */
@ApplicationModule(displayName = "Workspace",
        allowedDependencies = {
        "dossier", "identity", "identity :: domain", "organization :: domain", "servicemodel"})
package vn.motcua.workspace;

import org.springframework.modulith.ApplicationModule;

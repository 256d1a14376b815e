/**
 * Technical foundation shared by every module: the database (embedded PostgreSQL by default),
 * the clock, locale and request logging. An open module: any module may use it.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package vn.motcua.platform;

import org.springframework.modulith.ApplicationModule;

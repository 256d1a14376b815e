/**
 * The field's service models as dated office settings: extended sessions ("Giờ làm việc thứ 9"), early
 * opening ("30 phút vì dân"), no-appointment days, assisted filling, Saturday reception and the QR survey at
 * the desk; the duty rosters that staff them. Published API: {@link vn.motcua.servicemodel.ServiceModels},
 * {@link vn.motcua.servicemodel.DutyRosters} and the domain types. The calendar counts the models' sessions
 * as working time; reception asks which models apply to a dossier.
 */
@ApplicationModule(displayName = "Service models",
        allowedDependencies = {
        "audit", "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "identity",
        "identity :: domain", "organization", "organization :: domain", "platform"})
package vn.motcua.servicemodel;

import org.springframework.modulith.ApplicationModule;

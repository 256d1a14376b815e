package vn.motcua.catalogue.domain;

/** The level of government that decides a procedure (two local levels since 1 July 2025). */
public enum AdministrativeLevel {
    COMMUNE, PROVINCE, CENTRAL
}

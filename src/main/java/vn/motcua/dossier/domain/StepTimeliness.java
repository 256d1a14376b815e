package vn.motcua.dossier.domain;

/** How a step of the control sheet (form 06) went against the hours allotted to it. */
public enum StepTimeliness { EARLY, ON_TIME, LATE }

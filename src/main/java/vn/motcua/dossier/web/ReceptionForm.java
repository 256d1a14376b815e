package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reception screen's form: the applicant (or organisation) and any representative, the channel, the
 * checklist as ticks and copies aligned with the procedure's documents, the declaration by field key, and the
 * notes that become form 02's extra items or form 03's reasons.
 */
public class ReceptionForm {

    private String procedureCode;
    private String kind = "INDIVIDUAL";
    private String name;
    private String idNumber;
    private String organisationNumber;
    private String address;
    private String phone;
    private String email;
    private String repName;
    private String repIdNumber;
    private String repAuthorisation;
    private String channel = "COUNTER";
    private List<Integer> ticked = new ArrayList<>();
    private List<String> copies = new ArrayList<>();
    private Map<String, String> declaration = new LinkedHashMap<>();
    private boolean assisted;
    private String notes;
    private String submissionKey = java.util.UUID.randomUUID().toString();

    public String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(String v) { procedureCode = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String v) { organisationNumber = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getRepName() { return repName; }
    public void setRepName(String v) { repName = v; }
    public String getRepIdNumber() { return repIdNumber; }
    public void setRepIdNumber(String v) { repIdNumber = v; }
    public String getRepAuthorisation() { return repAuthorisation; }
    public void setRepAuthorisation(String v) { repAuthorisation = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public List<Integer> getTicked() { return ticked; }
    public void setTicked(List<Integer> v) { ticked = v == null ? new ArrayList<>() : v; }
    public List<String> getCopies() { return copies; }
    public void setCopies(List<String> v) { copies = v == null ? new ArrayList<>() : v; }
    public Map<String, String> getDeclaration() { return declaration; }
    public void setDeclaration(Map<String, String> v) { declaration = v == null ? new LinkedHashMap<>() : v; }
    public boolean isAssisted() { return assisted; }
    public void setAssisted(boolean v) { assisted = v; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String v) { submissionKey = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}

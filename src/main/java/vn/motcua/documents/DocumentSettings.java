package vn.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.motcua.documents.domain.FormNumbering;

/** {@code motcua.documents.numbering}: the form numbers printed (Circular 03/2025 by default, or 01/2018). */
@ConfigurationProperties("motcua.documents")
public record DocumentSettings(FormNumbering numbering) {

    public DocumentSettings {
        numbering = numbering == null ? FormNumbering.CIRCULAR_03_2025 : numbering;
    }
}

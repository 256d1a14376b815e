/** Plain-Java parts of the documents module: form numbering and QR matrices. */
@NamedInterface("domain")
package vn.motcua.documents.domain;

import org.springframework.modulith.NamedInterface;

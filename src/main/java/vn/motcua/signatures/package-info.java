/**
 * Digital signatures on the PDFs MotCua issues (PAdES with PDFBox and Bouncy Castle): each office's seal from a PKCS#12
 * keystore or a PKCS#11 token, or the demo's certificate authority; a visible signature block; and the check of an
 * uploaded PDF (valid, by whom, when, and which dossier it belongs to). Published API:
 * {@link vn.motcua.signatures.PdfSeals} and {@link vn.motcua.signatures.SignatureCheck}.
 */
@ApplicationModule(displayName = "Signatures", allowedDependencies = {"audit", "organization", "organization :: domain", "platform"})
package vn.motcua.signatures;

import org.springframework.modulith.ApplicationModule;

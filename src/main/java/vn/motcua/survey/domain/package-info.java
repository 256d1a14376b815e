/** Survey tokens, questions and answers as plain values. */
@NamedInterface("domain")
package vn.motcua.survey.domain;

import org.springframework.modulith.NamedInterface;

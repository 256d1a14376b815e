package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * How an office spells its dossier codes, with placeholders {@code {agency}}, {@code {date:<format>}} and
 * {@code {seq:<digits>}}. The default is Circular 01/2018's {@code {agency}-{date:yyMMdd}-{seq:4}};
 * nationally centralised systems (Circular 04/2025) insert a system id: {@code {agency}-{date:yyMMdd}-01{seq:4}}.
 * The sequence is daily and is never shortened: a 10,000th dossier gets five digits.
 */
public record DossierCodePattern(String pattern) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(agency|date:[yMd]+|seq:([4-9]))}");
    public static final DossierCodePattern DEFAULT = new DossierCodePattern("{agency}-{date:yyMMdd}-{seq:4}");

    public DossierCodePattern {
        if (pattern == null || !pattern.contains("{agency}") || !pattern.matches(".*\\{seq:[4-9]}.*")
                || !pattern.matches(".*\\{date:[yMd]+}.*")) {
            throw new InvalidValueException("dossierCodePattern.format",
                    "A pattern holds {agency}, {date:yyMMdd} and {seq:4} (at least 4 digits)");
        }
        String literal = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (!literal.matches("[A-Z0-9.\\-]*")) {
            throw new InvalidValueException("dossierCodePattern.literal", "Only capital letters, digits, dots and dashes");
        }
    }

    public DossierCode format(AgencyCode agency, LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequences start at 1");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        var out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = token.equals("agency") ? agency.value()
                    : token.startsWith("date:") ? DateTimeFormatter.ofPattern(token.substring(5)).format(day)
                    : String.format("%0" + m.group(2) + "d", sequence);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return DossierCode.of(out.toString());
    }
}

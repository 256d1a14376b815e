package vn.motcua.signatures.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.documents.Slips;
import vn.motcua.signatures.PdfSeals;
import vn.motcua.signatures.SignatureCheck;

/**
 * Signing 100 PDFs (issue 21: under 10 s here). Starts the application (demo profile: the demo authority's office
 * certificate, kept in PostgreSQL) on a fresh embedded PostgreSQL, renders one A5 paper with the shipped font, signs it
 * 20 times to warm up, then times 100 signatures one after another (each: visible block, PAdES B-B signature, the
 * signed file's record in PostgreSQL) and checks the last one. Run with {@code bench/signing.sh [count]}.
 */
public final class SigningBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path data = Files.createTempDirectory("motcua-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
                "--spring.profiles.active=demo", "--server.port=0", "--logging.level.root=WARN",
                "--motcua.embedded-postgres.data-directory=" + data)) {
            var slips = app.getBean(Slips.class);
            var seals = app.getBean(PdfSeals.class);
            byte[] pdf = slips.pdf("""
                    <html><head><style>@page { size: A5; } body { font-family: 'DejaVu Serif'; }</style></head>
                    <body><h1>BIÊN LAI THU PHÍ, LỆ PHÍ</h1><p>Người nộp: Nguyễn Văn An — Số tiền: 15.000 đồng
                    (Mười lăm nghìn đồng)</p></body></html>""");
            for (int i = 0; i < 20; i++) {
                seals.sign(pdf, "H99.02", "Phường Hồng Hà (TP Hạ Long)", null, "Benchmark");
            }
            long[] each = new long[count];
            byte[] last = null;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                last = seals.sign(pdf, "H99.02", "Phường Hồng Hà (TP Hạ Long)", null, "Benchmark");
                each[i] = System.nanoTime() - t;
            }
            double total = (System.nanoTime() - start) / 1e9;
            Arrays.sort(each);
            boolean valid = app.getBean(SignatureCheck.class).check(last).valid();
            System.out.printf("signed %d PDFs of %d bytes in %.2f s (%.1f ms each; p50 %.1f ms, p95 %.1f ms, max %.1f ms); "
                    + "last one valid: %s%n", count, pdf.length, total, total * 1000 / count, each[count / 2] / 1e6,
                    each[(int) Math.ceil(count * 0.95) - 1] / 1e6, each[count - 1] / 1e6, valid);
        }
    }
}

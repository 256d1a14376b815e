package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** MotCua: the electronic one-stop shop (Bộ phận Một cửa) for Vietnamese public offices. */
@SpringBootApplication
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotCuaApplication.class, args);
    }
}

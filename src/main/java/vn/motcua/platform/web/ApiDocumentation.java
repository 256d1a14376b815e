package vn.motcua.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the public API, served without sign-in at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI motcuaApi() {
        return new OpenAPI().info(new Info().title("MotCua public API")
                .description("""
                        Public, sign-in free endpoints of MotCua, the electronic one-stop shop. Times are local to \
                        Asia/Ho_Chi_Minh; answers carry ISO-8601 times with their offset. Errors are RFC 9457 \
                        problem details naming the bad parameter.""")
                .version("v1").license(new License().name("Public API")));
    }

    @Bean
    PublicEndpoints openApiDescription() {
        return () -> List.of("/v3/api-docs", "/v3/api-docs/**");
    }
}

package vn.motcua.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.motcua.platform.domain.ControlCharacters;

/** Every string (and object key) of a JSON body reaches the application without control characters, as request parameters do. */
@Configuration(proxyBeanMethods = false)
class TextInputJson {

    @Bean
    JacksonModule textInputModule() {
        return new SimpleModule("motcua-text-input").addDeserializer(String.class, new CleanStrings())
                .addKeyDeserializer(String.class, new CleanKeys());
    }

    static final class CleanKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return ControlCharacters.removedFrom(key);
        }
    }

    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return ControlCharacters.removedFrom(super.deserialize(parser, context));
        }
    }
}

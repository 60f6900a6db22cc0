package io.github.ldmlib.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@link LdmModule} in a Jackson 2 {@code ObjectMapper} gives what {@link LdmJson} gives. */
class Jackson2LineTest extends JacksonLineContract {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new LdmModule());

  @Override
  String write(Object value, boolean pretty) throws Exception {
    return pretty ? MAPPER.writer(LdmModule.prettyPrinter()).writeValueAsString(value) : MAPPER.writeValueAsString(value);
  }

  @Override
  Object read(byte[] json, Class<?> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Override
  Object convert(Object value, Class<?> type) {
    return MAPPER.convertValue(value, type);
  }

  @Override
  String writeWithoutModule(Object value, boolean failOnEmptyBeans) throws Exception {
    return new ObjectMapper().configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, failOnEmptyBeans)
        .writeValueAsString(value);
  }

  @Override
  Object readWithoutModule(byte[] json, Class<?> type) throws Exception {
    return new ObjectMapper().readValue(json, type);
  }

  @Override
  String writeWithoutModuleWithAnyFilter(Object value) throws Exception {
    return new ObjectMapper().setFilterProvider(new com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider()
        .setDefaultFilter(com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter.serializeAll()))
        .writeValueAsString(value);
  }

  @Override
  Object throughValueToTree(Object value, Class<?> type) throws Exception {
    JsonNode tree = MAPPER.valueToTree(value);
    return MAPPER.treeToValue(tree, type);
  }

  @Override
  String valueToTreeText(Object value) {
    return MAPPER.valueToTree(value).toString();
  }

  @Override
  Object throughReadTree(String json, Class<?> type, boolean exactTrees) throws Exception {
    ObjectMapper mapper = exactTrees ? exact() : MAPPER;
    return mapper.treeToValue(mapper.readTree(json), type);
  }

  @Override
  Object throughExactValueToTree(Object value, Class<?> type) throws Exception {
    ObjectMapper mapper = exact();
    return mapper.treeToValue(mapper.valueToTree(value), type);
  }

  private static ObjectMapper exact() {
    return new ObjectMapper().registerModule(new LdmModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  }

  @Override
  boolean isJacksonException(Throwable t) {
    return t instanceof JsonProcessingException;
  }

  @Override
  boolean isDatabindException(Throwable t) {
    return t instanceof JsonMappingException;
  }
}

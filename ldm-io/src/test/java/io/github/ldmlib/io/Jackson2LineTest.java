package io.github.ldmlib.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
  boolean isJacksonException(Throwable t) {
    return t instanceof JsonProcessingException;
  }

  @Override
  boolean isDatabindException(Throwable t) {
    return t instanceof JsonMappingException;
  }
}

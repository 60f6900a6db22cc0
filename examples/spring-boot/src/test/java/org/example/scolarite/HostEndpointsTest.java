package org.example.scolarite;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.test.DossierFixtures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * The starter leaves the application's own endpoints as they were: its own bodies go through its
 * JSON mapper, and its own invalid arguments get Spring's answer, not ldm's.
 */
@SpringBootTest
@Import(HostEndpointsTest.Notes.class)
class HostEndpointsTest {

  /** An application's own body, with a constraint of its own. */
  record Note(@NotBlank String text) {}

  /** An application's own endpoint. */
  @RestController
  static class Notes {
    @PostMapping("/notes")
    Note add(@Valid @RequestBody Note note) {
      return note;
    }
  }

  @Autowired
  private WebApplicationContext context;

  @Test
  void anApplicationsOwnBodyAndItsViolationsAreSpringsBusiness() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"bonjour\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("bonjour"));
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Invalid request content."))
        .andExpect(jsonPath("$.violations").doesNotExist());
  }

  @Test
  void anInvalidUaiIsAFormatErrorAtItsPlace() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    String dossier = LdmJson.defaults().writeString(
        DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01")).dossier());
    String uai = dossier.substring(dossier.indexOf("\"uai\": \"") + 8, dossier.indexOf("\"uai\": \"") + 16);
    mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON)
            .content(dossier.replace(uai, uai.substring(0, 7) + (uai.charAt(7) == 'A' ? 'B' : 'A'))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problem").value("INVALID_VALUE"))
        .andExpect(jsonPath("$.pointer").value("/establishment/uai"));
  }
}

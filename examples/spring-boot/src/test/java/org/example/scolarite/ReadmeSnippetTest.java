package org.example.scolarite;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.test.DossierFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The README's controller ({@link DossierCheck}, in ReadmeControllerTest.java) does what the README says. */
@SpringBootTest
@Import(DossierCheck.class)
class ReadmeSnippetTest {

  @Autowired
  private WebApplicationContext context;

  @Test
  void theReadmesControllerChecksAndRefuses() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    String dossier = LdmJson.defaults().writeString(
        DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01")).dossier());
    mvc.perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(dossier))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("conformity-report"))
        .andExpect(jsonPath("$.readyForAudit").value(true));
    mvc.perform(post("/check").contentType(MediaType.APPLICATION_JSON).content("{"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.line").value(1));
  }
}

package org.example.scolarite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A school management application that checks « Lycée des métiers » dossiers. Everything ldm
 * needs comes from {@code ldm-spring-boot-starter}: the JSON format as request and response bodies,
 * the checker of the referential set in {@code application.properties}, Spring's validator seeing the
 * model, problem+json answers with JSON Pointers.
 */
@SpringBootApplication
public class DossierApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(DossierApplication.class, args);
  }
}

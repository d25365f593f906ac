package no.samhald;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamhaldApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamhaldApplication.class, args);
	}

}

package no.samhald;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import no.samhald.platform.db.DatabaseCommand;

@SpringBootApplication
public class SamhaldApplication {

	public static void main(String[] args) {
		if (DatabaseCommand.isRequested(args)) {
			DatabaseCommand.runAndExit(args);
			return;
		}
		SpringApplication.run(SamhaldApplication.class, args);
	}

}

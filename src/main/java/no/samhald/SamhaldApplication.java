package no.samhald;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import no.samhald.platform.BackupCommand;

@SpringBootApplication
public class SamhaldApplication {

	public static void main(String[] args) {
		if (BackupCommand.isRequested(args)) {
			BackupCommand.runAndExit(args);
			return;
		}
		SpringApplication.run(SamhaldApplication.class, args);
	}

}

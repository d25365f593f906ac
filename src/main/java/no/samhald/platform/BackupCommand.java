package no.samhald.platform;

import no.samhald.platform.db.DatabaseCommand;

/**
 * The command-line modes of the application that are not the application: backup
 * ({@code --samhald.backup=FILE}) and restore ({@code --samhald.restore=FILE}) of its database.
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	public static boolean isRequested(String... args) {
		return DatabaseCommand.isRequested(args);
	}

	/** Runs the backup or restore and ends the JVM with its outcome. */
	public static void runAndExit(String... args) {
		DatabaseCommand.runAndExit(args);
	}

}

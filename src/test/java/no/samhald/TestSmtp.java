package no.samhald;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the shared test context sends mail to: 3025, or
 * {@code SAMHALD_TEST_SMTP_PORT} when several test runs share one machine.
 */
public final class TestSmtp {

	public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SAMHALD_TEST_SMTP_PORT", "3025"));

	private TestSmtp() {
	}

	/** Register with {@code @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();}. */
	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
	}

}

package no.samhald.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which statements count as writes (for the kept public pages, #11). */
class DatabaseWritesTests {

	@Test
	void changingStatementsAreWrites() {
		assertThat(DatabaseWrites.writes("insert into project (name) values (?)")).isTrue();
		assertThat(DatabaseWrites.writes("  UPDATE meeting set title = ?")).isTrue();
		assertThat(DatabaseWrites.writes("delete from forum where id = ?")).isTrue();
		assertThat(DatabaseWrites.writes("-- why\n/* and how */ update x set y = 1")).isTrue();
		assertThat(DatabaseWrites.writes("with moved as (delete from a returning *) select * from moved")).isTrue();
		assertThat(DatabaseWrites.writes("truncate project")).isTrue();
	}

	@Test
	void readingStatementsAndSessionsAreNot() {
		assertThat(DatabaseWrites.writes("select * from project")).isFalse();
		assertThat(DatabaseWrites.writes("\n  SELECT 1")).isFalse();
		assertThat(DatabaseWrites.writes("with recent as (select 1) select * from recent")).isFalse();
		assertThat(DatabaseWrites.writes("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?")).isFalse();
		assertThat(DatabaseWrites.writes("set local statement_timeout = 1000")).isFalse();
	}

}

package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.irontrace.platform.EmbeddedDatabase;
import org.irontrace.platform.IronTraceHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Removing the newest audit entries leaves a chain whose every seal still matches; the checkpoint
 * kept outside the database (and its copy) shows that the chain used to be longer, even after
 * IronTrace has appended more entries since.
 */
@SpringBootTest(properties = { "irontrace.test.fresh-database=audit-truncation",
		"irontrace.audit.checkpoint-copy=elsewhere/audit.checkpoint" })
class AuditTruncationTest {

	final AuditTrail audit;

	final IronTraceHome home;

	final Superuser superuser;

	long last;

	AuditTruncationTest(@Autowired AuditTrail audit, @Autowired IronTraceHome home, @Autowired EmbeddedDatabase embedded,
			@Autowired DataSource application) {
		this.audit = audit;
		this.home = home;
		this.superuser = new Superuser(embedded, application);
	}

	@BeforeEach
	void tenEntries() {
		for (int i = 0; i < 10; i++) {
			audit.record("analyst" + i, "MX-FGR", "READ_PERSONAL_DATA", "trace:" + i, "case " + i);
		}
		last = superuser.jdbc().sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
	}

	@Test
	void theNewestEntriesRemovedAreReportedAndStayReported() throws Exception {
		AuditVerification before = audit.verify();
		assertThat(before.intact()).isTrue();
		assertThat(before.checkpoints()).hasSize(2).allMatch(said -> said.contains("reaches the checkpoint"));
		assertThat(Files.readString(home.resolve("elsewhere/audit.checkpoint"))).contains(" " + last + " ");

		superuser.tamper("DELETE FROM audit_entry WHERE seq > " + (last - 3));
		AuditVerification cut = audit.verify();
		assertThat(cut.intact()).isFalse();
		assertThat(cut.brokenAt()).isEqualTo(last - 2);
		assertThat(cut.problem()).startsWith("entries after sequence " + (last - 3) + " are missing");
		assertThat(cut.checkpoints()).hasSize(2).allMatch(said -> said.contains("are missing"));

		// IronTrace goes on appending: the checkpoint does not follow the shortened chain.
		audit.record("analyst", "MX-FGR", "READ_PERSONAL_DATA", "trace:after", "case after");
		assertThat(audit.verify().problem()).startsWith("entries after sequence " + (last - 2) + " are missing");
	}

	@Test
	void aCheckpointWrittenByHandIsRefused() throws Exception {
		Path checkpoint = home.resolve("audit.checkpoint");
		String[] words = Files.readString(checkpoint).trim().split(" ");
		// A later entry claimed, with a seal made up: without the audit key it cannot be made to fit.
		Files.writeString(checkpoint, words[0] + " " + (Long.parseLong(words[1]) + 5) + " " + words[2] + " " + "0".repeat(64));
		assertThat(audit.verify().problem()).contains("is not sealed with the audit key");
	}
}

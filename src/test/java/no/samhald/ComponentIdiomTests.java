package no.samhald;

import java.lang.reflect.Modifier;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the one idiom for package-private controllers (README, "How the code is organised"): a
 * record of its collaborators, so that no controller repeats fields and a constructor of
 * assignments. Exceptions: {@code CommunityController} orders its sections in the constructor,
 * {@code ProjectionMethodController} has no collaborators.
 */
class ComponentIdiomTests {

	private static final List<String> EXCEPTIONS = List.of("CommunityController", "ProjectionMethodController");

	@Test
	void packagePrivateControllersAreRecordsOfTheirCollaborators() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("no.samhald");
		List<JavaClass> controllers = classes.stream()
			.filter(c -> c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class))
			.filter(c -> !Modifier.isPublic(c.reflect().getModifiers()))
			.toList();
		assertThat(controllers).as("package-private controllers found").hasSizeGreaterThan(50);
		List<String> notRecords = controllers.stream()
			.filter(c -> !c.reflect().isRecord())
			.map(JavaClass::getSimpleName)
			.filter(name -> !EXCEPTIONS.contains(name))
			.toList();
		assertThat(notRecords).as("package-private controllers that are not records").isEmpty();
	}

}

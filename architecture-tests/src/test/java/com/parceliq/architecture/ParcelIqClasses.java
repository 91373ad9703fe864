package com.parceliq.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Imports every production class of every module once; the modules are jars on the classpath. */
final class ParcelIqClasses {

  private static JavaClasses classes;

  private ParcelIqClasses() {}

  static synchronized JavaClasses all() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("com.parceliq");
    }
    return classes;
  }
}

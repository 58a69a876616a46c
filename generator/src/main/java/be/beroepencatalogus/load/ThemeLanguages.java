package be.beroepencatalogus.load;

import java.util.regex.Pattern;

/**
 * The languages the theme has UI strings for ({@code theme/i18n/<language>.properties}, compiled into the
 * generator): {@code check} says so for any other, where the build used to fail only after the check passed.
 */
final class ThemeLanguages {
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

  private ThemeLanguages() {}

  static boolean has(String language) {
    // The code becomes part of a resource name: anything but a language code is not looked up at all.
    return LANGUAGE_CODE.matcher(language).matches()
        && ThemeLanguages.class.getClassLoader().getResource("theme/i18n/" + language + ".properties") != null;
  }
}

# The Debian package, built with `cpack -G DEB` from a build directory (see
# scripts/package-and-install-check.sh). The library dependencies are computed by dpkg-shlibdeps
# from the installed binary; only the Qt plugins, which the binary loads at run time and
# dpkg-shlibdeps therefore cannot see, are listed by hand below.

set(CPACK_PACKAGE_NAME "footcoach")
set(CPACK_PACKAGE_VENDOR "The FootCoach developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${FOOTCOACH_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${FOOTCOACH_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided twice-daily stretches for numb feet")
# Debian's extended description: lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
    "FootCoach leads people with numb or tingling feet through the stretches\n\
their doctor asked for, every morning and evening: a calf stretch, a seated\n\
hamstring stretch and a stretch for the sole of the foot, three times on\n\
each leg, about eight minutes. Each step has a picture, a large countdown,\n\
the current leg and repetition, and soft sound cues or a spoken voice.\n\
Every hold is saved at once in a history kept on the computer, with daily\n\
verified backups, and can be exported as CSV.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_NAME "footcoach")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FOOTCOACH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${FOOTCOACH_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev), never by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins loaded at run time. The SQLite driver holds the history: without it nothing is saved.
# The X11 and offscreen platform plugins ship in libqt6gui6 and the multimedia backends in
# libqt6multimedia6, which dpkg-shlibdeps already finds; the Wayland plugin is optional (Qt
# falls back to X11 through XWayland), and so is a voice (without one, the tones play). The
# voice speaks the user's language through speech-dispatcher with espeak-ng (English, German,
# Spanish and the voice a screen-reader user has set up), so its Qt plugin comes with
# speech-dispatcher and espeak-ng's module; flite (English only) is the lighter alternative.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-speech-flite-plugin")

include(CPack)

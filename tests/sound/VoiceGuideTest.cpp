// Which speech voice the session speaks with: the interface's language or none (tones).
#include "sound/VoiceGuide.h"

#include <gtest/gtest.h>

using namespace footcoach;

namespace {
const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);
const QLocale kEnGb(QLocale::English, QLocale::UnitedKingdom);
const QLocale kEsEs(QLocale::Spanish, QLocale::Spain);
const QLocale kEsMx(QLocale::Spanish, QLocale::Mexico);
} // namespace

TEST(VoiceGuide, TheInterfaceLanguageIsTheLocalesWhereTranslatedElseEnglish) {
    EXPECT_EQ(VoiceGuide::interfaceLanguage(QLocale(QLocale::German, QLocale::Austria)),
              QLocale::German);
    EXPECT_EQ(VoiceGuide::interfaceLanguage(kEsMx), QLocale::Spanish);
    EXPECT_EQ(VoiceGuide::interfaceLanguage(QLocale(QLocale::French, QLocale::France)),
              QLocale::English);
    EXPECT_EQ(VoiceGuide::interfaceLanguage(QLocale::c()), QLocale::English);
}

TEST(VoiceGuide, NoVoiceForTheLanguageMeansNoVoiceNotAnotherLanguages) {
    // Only English voices (flite's) and a Spanish interface: the tones, not English sounds
    // reading Spanish words.
    EXPECT_FALSE(VoiceGuide::voiceFor({kEnUs, kEnGb}, kEsEs).has_value());
    EXPECT_FALSE(VoiceGuide::voiceFor({}, kEnUs).has_value());
}

TEST(VoiceGuide, PrefersTheLocalesCountryThenAnyOfTheLanguage) {
    EXPECT_EQ(VoiceGuide::voiceFor({kEnUs, kEsEs, kEsMx}, kEsMx), kEsMx);
    EXPECT_EQ(
        VoiceGuide::voiceFor({kEnUs, kEsEs, kEsMx}, QLocale(QLocale::Spanish, QLocale::Argentina)),
        kEsEs);
    EXPECT_EQ(VoiceGuide::voiceFor({kEnUs, kEnGb}, kEnGb), kEnGb);
    // An untranslated language speaks English, as its interface does.
    EXPECT_EQ(VoiceGuide::voiceFor({kEsEs, kEnUs}, QLocale(QLocale::French, QLocale::France)),
              kEnUs);
    EXPECT_EQ(VoiceGuide::voiceFor({kEnUs}, QLocale::c()), kEnUs);
}

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

TEST(VoiceGuide, SpeechDispatcherComesFirstThenFlite) {
    EXPECT_EQ(VoiceGuide::enginesByPreference({"flite", "speechd"}),
              QStringList({"speechd", "flite"}));
    EXPECT_EQ(VoiceGuide::enginesByPreference({"flite"}), QStringList({"flite"}));
    EXPECT_EQ(VoiceGuide::enginesByPreference({"other", "flite"}), QStringList({"flite", "other"}));
    EXPECT_TRUE(VoiceGuide::enginesByPreference({}).isEmpty());
}

TEST(VoiceGuide, PicksTheLanguagesOwnVoiceNotAnEspeakVariant) {
    // As espeak-ng lists them through speech-dispatcher: variants first, in any order.
    const QLocale de(QLocale::German, QLocale::Germany);
    const QList<VoiceGuide::VoiceName> german{
        {"German+grandma", de}, {"German+Alex", de}, {"German", de}, {"German+klatt", de}};
    EXPECT_EQ(VoiceGuide::pickVoice(german, de), 2);
    EXPECT_FALSE(VoiceGuide::pickVoice(german, kEsEs).has_value());
}

TEST(VoiceGuide, PicksTheVoiceNamedAfterTheCountry) {
    const QList<VoiceGuide::VoiceName> english{{"English (Caribbean)", kEnUs},
                                               {"English (America)+grandma", kEnUs},
                                               {"English (America)", kEnUs},
                                               {"English (Scotland)", kEnGb},
                                               {"English (Great Britain)", kEnGb}};
    EXPECT_EQ(VoiceGuide::pickVoice(english, kEnUs), 2);
    EXPECT_EQ(VoiceGuide::pickVoice(english, kEnGb), 4);
    const QList<VoiceGuide::VoiceName> spanish{{"Spanish (Latin America)", kEsMx},
                                               {"Spanish (Spain)+Alex", kEsEs},
                                               {"Spanish (Spain)", kEsEs}};
    EXPECT_EQ(VoiceGuide::pickVoice(spanish, kEsEs), 2);
    // flite's voices have plain names: the first of them.
    EXPECT_EQ(VoiceGuide::pickVoice({{"slt", kEnUs}, {"rms", kEnUs}}, kEnUs), 0);
}

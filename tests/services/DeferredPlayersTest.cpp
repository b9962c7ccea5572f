// The stand-ins that keep the sound module unloaded until sound is wanted.
#include "TestDataDir.h"
#include "services/session/CuePlayer.h"
#include "services/session/DeferredCuePlayer.h"
#include "services/session/DeferredVoice.h"
#include "services/settings/AppSettings.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

class RecordingVoice final : public Voice {
public:
    bool isActive() override { return true; }
    void say(const QString& text) override { said << text; }
    void prepare() override { ++prepared; }
    bool isReady() const override { return readyNow; }
    QStringList said;
    int prepared = 0;
    bool readyNow = true;
};

class RecordingCuePlayer final : public CuePlayer {
public:
    void play(Cue cue) override { played.append(cue); }
    bool isAvailable() const override { return true; }
    QList<Cue> played;
};

} // namespace

TEST(DeferredVoice, WithTheVoiceOffNothingIsLoaded) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setVoiceEnabled(false);
    int created = 0;
    DeferredVoice voice(settings, [&]() -> Voice* {
        ++created;
        return new RecordingVoice;
    });
    EXPECT_FALSE(voice.isActive());
    voice.say("Left leg.");
    EXPECT_EQ(created, 0);
    EXPECT_FALSE(voice.isCreated());
}

TEST(DeferredVoice, WithTheVoiceOnTheRealOneIsCreatedOnceAndSpeaks) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setVoiceEnabled(true);
    int created = 0;
    RecordingVoice* real = nullptr;
    DeferredVoice voice(settings, [&]() -> Voice* {
        ++created;
        return real = new RecordingVoice;
    });
    EXPECT_TRUE(voice.isActive());
    voice.say("Left leg.");
    voice.say("Switch legs.");
    EXPECT_EQ(created, 1);
    ASSERT_NE(real, nullptr);
    EXPECT_EQ(real->parent(), &voice); // owned by the stand-in
    EXPECT_EQ(real->said, QStringList({"Left leg.", "Switch legs."}));
}

TEST(DeferredVoice, PreparingCreatesTheRealOneAndPassesOnItsReadiness) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setVoiceEnabled(true);
    RecordingVoice* real = nullptr;
    DeferredVoice voice(settings, [&]() -> Voice* {
        real = new RecordingVoice;
        real->readyNow = false;
        return real;
    });
    EXPECT_TRUE(voice.isReady()); // nothing asked yet, nothing to wait for
    QSignalSpy ready(&voice, &Voice::ready);
    voice.prepare();
    ASSERT_NE(real, nullptr);
    EXPECT_EQ(real->prepared, 1);
    EXPECT_FALSE(voice.isReady());
    real->readyNow = true;
    Q_EMIT real->ready();
    EXPECT_TRUE(voice.isReady());
    EXPECT_EQ(ready.count(), 1);
}

TEST(DeferredVoice, WithTheVoiceOffPreparingLoadsNothing) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setVoiceEnabled(false);
    DeferredVoice voice(settings, []() -> Voice* { return new RecordingVoice; });
    voice.prepare();
    EXPECT_FALSE(voice.isCreated());
    EXPECT_TRUE(voice.isReady());
}

TEST(DeferredVoice, WithoutTheSoundModuleTheVoiceStaysSilent) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setVoiceEnabled(true);
    int asked = 0;
    DeferredVoice voice(settings, [&]() -> Voice* {
        ++asked;
        return nullptr;
    });
    EXPECT_FALSE(voice.isActive());
    voice.say("Left leg.");
    EXPECT_FALSE(voice.isActive());
    EXPECT_EQ(asked, 1); // not asked again and again
}

TEST(DeferredCuePlayer, CreatesThePlayerOnFirstUseAndPassesOnItsNotices) {
    int created = 0;
    RecordingCuePlayer* real = nullptr;
    DeferredCuePlayer player([&]() -> CuePlayer* {
        ++created;
        return real = new RecordingCuePlayer;
    });
    QSignalSpy unavailable(&player, &CuePlayer::unavailable);
    EXPECT_EQ(created, 0);
    EXPECT_TRUE(player.isAvailable());
    player.play(Cue::HoldStart);
    player.play(Cue::HoldEnd);
    EXPECT_EQ(created, 1);
    ASSERT_NE(real, nullptr);
    EXPECT_EQ(real->played, QList<Cue>({Cue::HoldStart, Cue::HoldEnd}));
    Q_EMIT real->unavailable("gone");
    ASSERT_EQ(unavailable.size(), 1);
    EXPECT_EQ(unavailable.at(0).at(0).toString(), "gone");
}

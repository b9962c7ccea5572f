// The voice's engine is made and speaks on a thread of its own: nothing on the GUI thread
// waits for a speech engine, and quitting in the middle of a phrase is clean.
#include "Prerequisite.h"
#include "TestDataDir.h"
#include "services/settings/AppSettings.h"
#include "sound/VoiceGuide.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTextToSpeech>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>

using namespace footcoach;

namespace {

struct VoiceOn {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    VoiceOn() { settings.setVoiceEnabled(true); }
};

} // namespace

TEST(VoiceGuideThread, PreparingDoesNotWaitForTheEngine) {
    VoiceOn on;
    QSemaphore released;
    std::atomic<QThread*> madeOn{nullptr};
    // An engine that takes until the test lets it go, as speech-dispatcher listing its voices
    // does for up to a second. Were it made on this thread, prepare() would never return.
    VoiceGuide voice(on.settings, [&](const QLocale&, QObject*) -> QTextToSpeech* {
        madeOn = QThread::currentThread();
        released.acquire();
        return nullptr;
    });
    QSignalSpy ready(&voice, &Voice::ready);
    voice.prepare();
    EXPECT_FALSE(voice.isReady());
    EXPECT_FALSE(voice.isActive()); // not yet: the caller plays tones meanwhile
    voice.say("Left leg.");         // dropped, not waited for
    EXPECT_EQ(ready.count(), 0);
    released.release();
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_TRUE(voice.isReady());
    EXPECT_FALSE(voice.isActive()); // this engine found no voice: tones
    EXPECT_NE(madeOn.load(), nullptr);
    EXPECT_NE(madeOn.load(), QThread::currentThread());
}

TEST(VoiceGuideThread, WithTheVoiceOffNoEngineIsMade) {
    VoiceOn on;
    on.settings.setVoiceEnabled(false);
    int made = 0;
    VoiceGuide voice(on.settings, [&](const QLocale&, QObject*) -> QTextToSpeech* {
        ++made;
        return nullptr;
    });
    voice.prepare();
    EXPECT_FALSE(voice.isActive());
    EXPECT_TRUE(voice.isReady()); // nothing to wait for
    EXPECT_EQ(made, 0);
}

TEST(VoiceGuideThread, TheEngineLivesOnTheVoiceThreadAndQuittingMidPhraseIsClean) {
    FOOTCOACH_REQUIRE(QTextToSpeech::availableEngines().contains("flite"),
                      "Qt's flite speech plugin (qt6-speech-flite-plugin)");
    VoiceOn on;
    std::atomic<QThread*> engineThread{nullptr};
    std::atomic<bool> engineGone{false};
    auto voice = std::make_unique<VoiceGuide>(
        on.settings, [&](const QLocale&, QObject* parent) -> QTextToSpeech* {
            auto* speech = new QTextToSpeech(QStringLiteral("flite"), parent);
            engineThread = speech->thread();
            QObject::connect(speech, &QObject::destroyed, [&] {
                EXPECT_EQ(QThread::currentThread(), engineThread.load()); // deleted on its own
                engineGone = true;
            });
            return speech;
        });
    QSignalSpy ready(voice.get(), &Voice::ready);
    voice->prepare();
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_TRUE(voice->isActive());
    EXPECT_NE(engineThread.load(), QThread::currentThread());
    voice->say("Sit on the edge of a chair with one leg stretched out in front of you, the heel "
               "on the floor, and lean forward from the hips until you feel the stretch.");
    voice.reset(); // quitting while it speaks: returns, and the engine is gone
    EXPECT_TRUE(engineGone);
}
